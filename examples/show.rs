//! Prints the quotes of a text (argument or standard input), one a line:
//! `cargo run --example show -- "“We lost,” Sam Green said."`

use std::io::Read;

fn main() {
    let text = match std::env::args().nth(1) {
        Some(t) => t,
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .expect("standard input is not UTF-8");
            s
        }
    };
    for q in quote_attribution::extract(&text) {
        let speaker = q.speaker.as_ref().map_or("-".to_string(), |s| {
            format!(
                "{} [{}]",
                s.name,
                s.mention.as_ref().map_or("", |m| m.text.as_str())
            )
        });
        let aff = q.affiliation.as_ref().map_or(String::new(), |a| {
            format!(" {{{:?} / {:?}}}", a.organization, a.role)
        });
        let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
        println!(
            "{:?} {:?} {:?} <- {speaker}{aff} cue={cue} rule={} conf={:.2}",
            q.kind, q.span, q.text, q.rule, q.confidence
        );
    }
}
