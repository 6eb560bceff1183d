//! Reported speech: indirect records and fragments inside reported clauses,
//! with exact spans, speakers and cues.

use crate::only;
use quote_attribution::{Extractor, Quote, QuoteKind, Span};

/// The records of `text` with every attribution reported — beliefs,
/// findings, plans, polls — the convention (PolNeAR's) these rules were
/// written for; by default only statements are reported speech (see
/// `reported_speech_is_statements_unless_all_attributions`).
fn extract(text: &str) -> Vec<Quote> {
    Extractor::builder()
        .all_attributions(true)
        .build()
        .unwrap()
        .extract(text)
}

/// The texts of the reported-speech records, in order.
fn indirect(quotes: Vec<Quote>) -> Vec<String> {
    quotes
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| q.text)
        .collect()
}

/// Asserts the record with exactly `content` as its span: kind, speaker, cue.
#[track_caller]
fn check(text: &str, content: &str, kind: QuoteKind, speaker: &str, cue: &str) {
    let quotes = extract(text);
    let span = only(text, content);
    let q = quotes.iter().find(|q| q.span == span).unwrap_or_else(|| {
        panic!(
            "no record {content:?} in {:?}",
            quotes.iter().map(|q| (&q.text, q.kind)).collect::<Vec<_>>()
        )
    });
    assert_eq!(q.kind, kind, "{content}");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some(speaker),
        "{content}"
    );
    assert_eq!(
        q.cue.as_ref().map(|c| c.span),
        Some(only(text, cue)),
        "{content}"
    );
}

#[test]
fn said_that() {
    let text = "The ministry said that prices would rise.";
    check(
        text,
        "prices would rise",
        QuoteKind::Indirect,
        "The ministry",
        "said",
    );
}

#[test]
fn said_without_that() {
    let text = "Omar Haddad said the vote would be close.";
    check(
        text,
        "the vote would be close",
        QuoteKind::Indirect,
        "Omar Haddad",
        "said",
    );
}

#[test]
fn clause_then_attribution() {
    let text = "Prices will rise next year, the central bank said on Monday.";
    check(
        text,
        "Prices will rise next year",
        QuoteKind::Indirect,
        "the central bank",
        "said",
    );
}

#[test]
fn according_to_before_the_clause() {
    let text = "According to the county engineer, the bridge is unsafe.";
    check(
        text,
        "the bridge is unsafe",
        QuoteKind::Indirect,
        "the county engineer",
        "According to",
    );
}

#[test]
fn told_with_an_object() {
    let text = "Omar Haddad told reporters that the fund was safe.";
    check(
        text,
        "the fund was safe",
        QuoteKind::Indirect,
        "Omar Haddad",
        "told",
    );
}

#[test]
fn infinitive_after_a_cue() {
    let text = "The mayor vowed to rebuild the bridge by spring.";
    check(
        text,
        "rebuild the bridge by spring",
        QuoteKind::Indirect,
        "The mayor",
        "vowed to",
    );
}

#[test]
fn beliefs_are_reported_with_less_confidence() {
    let said = extract("Omar Haddad said the vote would be close.");
    let thinks = extract("Omar Haddad thinks the vote will be close.");
    assert_eq!(thinks[0].kind, QuoteKind::Indirect);
    assert!(thinks[0].confidence < said[0].confidence);
}

#[test]
fn fragment_inside_a_reported_clause() {
    let text = "The Lakeside council said it would “consider every option” and said it “regrets the delay”.";
    let quotes = extract(text);
    let first_said = text.find("said").unwrap();
    assert_eq!(
        quotes[0].cue.as_ref().unwrap().span,
        Span::new(first_said, first_said + 4)
    );
    assert_eq!(
        quotes[0].speaker.as_ref().unwrap().name,
        "The Lakeside council"
    );
    assert_eq!(
        quotes[0].span,
        only(text, "it would “consider every option”")
    );
    assert_eq!(quotes.len(), 2);
    assert_eq!(
        quotes[0].fragments,
        vec![only(text, "consider every option")]
    );
    assert_eq!(quotes[1].span, only(text, "it “regrets the delay”"));
}

#[test]
fn fragment_takes_the_cue_of_its_own_clause() {
    let text = "Rubio warned that the plan would fail, while Cruz said that the “stakes are too high” for all.";
    let quotes = extract(text);
    let q = quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .unwrap();
    assert_eq!(q.span, only(text, "the “stakes are too high” for all"));
    assert_eq!(q.speaker.as_ref().unwrap().name, "Cruz");
    let indirect = quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .unwrap();
    assert_eq!(
        (
            indirect.text.as_str(),
            indirect.speaker.as_ref().unwrap().name.as_str()
        ),
        ("the plan would fail", "Rubio")
    );
}

#[test]
fn passive_agent_speaks() {
    let text =
        "Facebook was criticised by the appeals tribunal for “a high-risk strategy” last year.";
    let q = &extract(text)[0];
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(
        q.speaker.as_ref().unwrap().mention.as_ref().unwrap().span,
        only(text, "the appeals tribunal")
    );
}

#[test]
fn no_speech_no_record() {
    assert!(extract("The road runs past the old mill to the river.").is_empty());
    assert!(extract("The state reports on the river were late.").is_empty());
    let q = extract("An authoritarian state that can “simply replace” its leaders is feared.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Scare);
}

#[test]
fn poll_shares_and_groups_as_subjects() {
    use QuoteKind::Indirect;
    check(
        "Of those asked, 47% say the law is unfair.",
        "the law is unfair",
        Indirect,
        "47%",
        "say",
    );
    // a poll opening the sentence says it, share and all (`poll-finding`)
    check(
        "In the poll, 47% say the law is unfair.",
        "47% say the law is unfair",
        Indirect,
        "the poll",
        "In",
    );
    check(
        "Most say the tax is too high.",
        "the tax is too high",
        Indirect,
        "Most",
        "say",
    );
    check(
        "Those surveyed said the park should stay.",
        "the park should stay",
        Indirect,
        "Those surveyed",
        "said",
    );
    // a relative clause without commas: the noun phrase before "who" speaks
    check(
        "Voters who backed the levy say it could do more.",
        "it could do more",
        Indirect,
        "Voters who backed the levy",
        "say",
    );
    // a determiner still makes a noun of the cue: "his report"
    assert!(extract("His report of the storm was short.").is_empty());
}

#[test]
fn a_fragment_in_a_reported_clause_is_the_outer_speakers() {
    // "focused on" is a cue inside what Ada Lim said: the fragment is hers
    let text = "Ada Lim said she was focused on ''transparency'' and nothing else.";
    check(
        text,
        "she was focused on ''transparency'' and nothing else",
        QuoteKind::Partial,
        "Ada Lim",
        "said",
    );
}

#[test]
fn documents_and_polls_show() {
    use QuoteKind::Indirect;
    check(
        "Newer polls show that has changed.",
        "that has changed",
        Indirect,
        "Newer polls",
        "show",
    );
    check(
        "The emails show that the aide took directions from the mayor.",
        "the aide took directions from the mayor",
        Indirect,
        "The emails",
        "show",
    );
    check(
        "The mill lost money for years, records show.",
        "The mill lost money for years",
        Indirect,
        "records",
        "show",
    );
}

#[test]
fn objects_days_and_as_openers_around_the_cue() {
    use QuoteKind::Indirect;
    // the object of "tell" ends where the clause's subject starts
    check(
        "Kay Moss told reporters she was leaving.",
        "she was leaving",
        Indirect,
        "Kay Moss",
        "told",
    );
    check(
        "Kay Moss told CNN the plan would fail.",
        "the plan would fail",
        Indirect,
        "Kay Moss",
        "told",
    );
    // a long object, with no verb in it, before "that"
    check(
        "Kay Moss told a crowded hall at a hotel in Dayton that she was staying.",
        "she was staying",
        Indirect,
        "Kay Moss",
        "told",
    );
    // a day between the cue and the clause
    check(
        "Kay Moss announced Sunday she will resign.",
        "she will resign",
        Indirect,
        "Kay Moss",
        "announced",
    );
    // "As X reported, …": what follows the comma was reported
    check(
        "As The Dayton Ledger reported, the mill will close in May.",
        "the mill will close in May",
        Indirect,
        "Dayton Ledger",
        "reported",
    );
}

#[test]
fn plural_roles_whose_clauses_and_a_place_after_an_inverted_speaker() {
    use QuoteKind::Indirect;
    check(
        "Moss travels often, several friends said.",
        "Moss travels often",
        Indirect,
        "several friends",
        "said",
    );
    check(
        "Voters whose homes flooded say the levy failed.",
        "the levy failed",
        Indirect,
        "Voters whose homes flooded",
        "say",
    );
    check(
        "The river has never been this low, says historian Asel Nur in Almaty.",
        "The river has never been this low",
        Indirect,
        "Asel Nur",
        "says",
    );
}

#[test]
fn according_to_after_a_conjunction_and_in_the_middle() {
    use QuoteKind::Indirect;
    check(
        "But according to two of his aides, the mayor will not run.",
        "the mayor will not run",
        Indirect,
        "two of his aides",
        "according to",
    );
    check(
        "The upshot, according to the county engineer, is that the bridge must close.",
        "The upshot, according to the county engineer, is that the bridge must close",
        Indirect,
        "the county engineer",
        "according to",
    );
}

#[test]
fn what_follows_a_verb_without_object_is_not_what_was_said() {
    let text = "The man who spoke first said the vote was over.";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    check(
        text,
        "the vote was over",
        QuoteKind::Indirect,
        "The man who spoke",
        "said",
    );
}

#[test]
fn a_show_title_between_cue_and_clause() {
    let text = "Rena Holt said on Channel 5's “Morning Desk” that she would “take a look” at it.";
    check(
        text,
        "she would “take a look” at it",
        QuoteKind::Partial,
        "Rena Holt",
        "said",
    );
    let title = extract(text)
        .into_iter()
        .find(|q| q.text == "Morning Desk")
        .unwrap();
    assert_eq!(title.kind, QuoteKind::Scare);
    // a title after a preposition is no speech, even after a cue and its speaker
    let text = "“It is fine,” Rena Holt told the hosts of “Morning Desk,” adding more.";
    let title = extract(text)
        .into_iter()
        .find(|q| q.text == "Morning Desk,")
        .unwrap();
    assert_eq!(title.kind, QuoteKind::Scare);
}

#[test]
fn the_subject_of_a_participle_after_with() {
    check(
        "The plan drew fire, with Senator Ann Ruiz telling reporters she viewed the mayor as “directly responsible” for it.",
        "she viewed the mayor as “directly responsible” for it",
        QuoteKind::Partial,
        "Ann Ruiz",
        "telling",
    );
}

#[test]
fn a_relative_clause_with_an_appositive_inside_passes_to_its_antecedent() {
    check(
        "Marco Ruiz, whose hometown, Dover, is flooding as the sea rises, argues that the new rules will hurt farmers.",
        "the new rules will hurt farmers",
        QuoteKind::Indirect,
        "Marco Ruiz",
        "argues",
    );
}

#[test]
fn speaking_takes_no_clause_before_it() {
    let quotes = extract("On Tuesday at the county fair, Dana Sand spoke to voters.");
    assert!(quotes.is_empty(), "{quotes:?}");
}

#[test]
fn a_cue_word_after_a_determiner_and_a_name_is_a_noun() {
    // "attacks" in "the Paris attacks" says nothing; Trump's participle does
    let text = "After the Paris attacks, Dan Ortiz released an ad saying the plan “would put the city at risk.”";
    let q = extract(text)
        .into_iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .unwrap();
    assert_eq!(q.speaker.unwrap().name, "Dan Ortiz");
    let text = "The Ruiz campaign has denied that the vote was rigged.";
    check(
        text,
        "the vote was rigged",
        QuoteKind::Indirect,
        "The Ruiz campaign",
        "denied",
    );
}

#[test]
fn asides_and_nouns_in_ly_between_subject_and_cue() {
    check(
        "Dan Ortiz at the time said he had asked his aides to look into the fees.",
        "he had asked his aides to look into the fees",
        QuoteKind::Indirect,
        "Dan Ortiz",
        "said",
    );
    // "family" is no adverb to skip: the family speaks, not the name before it
    let text = "The clash between the mayor and the Khan family echoes a feud that the council called “a disgrace.”";
    for q in extract(text) {
        assert_ne!(q.speaker.map(|s| s.name), Some("Khan".to_string()));
    }
}

#[test]
fn asides_and_named_things_between_the_subject_and_the_cue() {
    check(
        "Jon Tester, himself up for reelection in 2018, said he voted against the bill.",
        "he voted against the bill",
        QuoteKind::Indirect,
        "Jon Tester",
        "said",
    );
    check(
        "Ann Vian, the editor of the city's newspaper, the Daily Ledger, said every mayor was a builder.",
        "every mayor was a builder",
        QuoteKind::Indirect,
        "Ann Vian",
        "said",
    );
}

#[test]
fn a_statement_put_out_by_the_subject() {
    check(
        "The company issued a statement saying the plan does not work.",
        "the plan does not work",
        QuoteKind::Indirect,
        "The company",
        "saying",
    );
    check(
        "Dan Cruz himself said Tuesday that the only way to win is to ask.",
        "the only way to win is to ask",
        QuoteKind::Indirect,
        "Dan Cruz",
        "said",
    );
}

#[test]
fn asides_in_dashes_and_participles_before_the_cue() {
    check(
        "On Friday, Newt Gale — mentioned by the paper as the leading choice — told reporters that he would look at it.",
        "he would look at it",
        QuoteKind::Indirect,
        "Newt Gale",
        "told",
    );
}

#[test]
fn a_participle_after_an_opening_place_and_day() {
    check(
        "At a campaign event in Ames, Iowa, on Sunday, Ann Ruiz tried to explain, saying that the country should lead.",
        "the country should lead",
        QuoteKind::Indirect,
        "Ann Ruiz",
        "saying",
    );
}

#[test]
fn an_occasion_between_the_name_and_the_cue() {
    check(
        "Dan Ortiz in his opening speech called the levy “a tax on work.”",
        "the levy “a tax on work.”",
        QuoteKind::Partial,
        "Dan Ortiz",
        "called",
    );
}

#[test]
fn things_named_and_years_are_no_speakers() {
    // "a band called X" names a band; "the 2012 attacks" are attacks
    let quotes =
        extract("A warm-up band called Sunfish got the crowd to cheer for “President Ann Ruiz.”");
    assert!(quotes.iter().all(|q| q.speaker.is_none()), "{quotes:?}");
    let quotes =
        extract("The film claims to be an account of the 2012 attacks that left four people dead.");
    assert!(
        quotes
            .iter()
            .all(|q| q.cue.as_ref().map_or(true, |c| c.text != "attacks")),
        "{quotes:?}"
    );
}

#[test]
fn a_fragment_belongs_to_the_main_clause_not_a_relative_or_opening_clause() {
    check(
        "Ann Ruiz, who once questioned whether the judge was fair, said Friday that he “happens to be biased against us.”",
        "he “happens to be biased against us.”",
        QuoteKind::Partial,
        "Ann Ruiz",
        "said",
    );
    check(
        "When Dan Ortiz announced his run in June, he referred to the rivals as “criminals and liars of the worst kind.”",
        "the rivals as “criminals and liars of the worst kind.”",
        QuoteKind::Partial,
        "Dan Ortiz",
        "referred to",
    );
}

#[test]
fn a_headline_names_a_source_before_a_colon() {
    let text = "Ruiz: City Will Fix Every Road By Spring\n\nMayor Ann Ruiz spoke on Tuesday.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span, q.rule.as_ref(), q.cue.is_none()),
        (
            QuoteKind::Indirect,
            only(text, "City Will Fix Every Road By Spring"),
            "headline-colon",
            true
        )
    );
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(
        (s.name.as_str(), s.mention.as_ref().unwrap().span),
        ("Ann Ruiz", Span::new(0, 4))
    );
    // a label names no one; a body sentence is no headline
    assert!(extract("Watch: City Will Fix Every Road By Spring\n\nThe mayor spoke.").is_empty());
    assert!(extract("The mayor spoke.\n\nRuiz: we will fix every road by spring.").is_empty());
}

#[test]
fn shares_with_an_adverb_asides_in_dashes_and_long_gaps_before_that() {
    check(
        "Nearly half said they prefer someone with experience.",
        "they prefer someone with experience",
        QuoteKind::Indirect,
        "Nearly half",
        "said",
    );
    check(
        "Paul Mann said — on Twitter, as it happens — that the campaign raised $4 million.",
        "the campaign raised $4 million",
        QuoteKind::Indirect,
        "Paul Mann",
        "said",
    );
    check(
        "Ruth Gins said in an interview with The Associated Press last week that she would not retire.",
        "she would not retire",
        QuoteKind::Indirect,
        "Ruth Gins",
        "said",
    );
    check(
        "Sen. Mark Rubin, R-Fla., appearing on Fox News after the speech, said the plan failed.",
        "the plan failed",
        QuoteKind::Indirect,
        "Mark Rubin",
        "said",
    );
}

#[test]
fn indirect_questions() {
    check(
        "An Iowa voter asked if she might name Ruiz to the court.",
        "if she might name Ruiz to the court",
        QuoteKind::Indirect,
        "An Iowa voter",
        "asked",
    );
    check(
        "Ann Lee asked him whether the plan would work.",
        "whether the plan would work",
        QuoteKind::Indirect,
        "Ann Lee",
        "asked",
    );
    check(
        "Ann Lee wondered whether the plan would work.",
        "whether the plan would work",
        QuoteKind::Indirect,
        "Ann Lee",
        "wondered",
    );
}

#[test]
fn times_and_named_subjects_before_the_comma_are_no_reported_clause() {
    // a time before the subject: what follows the cue is the content
    let text = "Fifteen minutes after the vote was held, Jon Pode called the pick “the most extreme in a generation.”";
    check(
        text,
        "the pick “the most extreme in a generation.”",
        QuoteKind::Partial,
        "Jon Pode",
        "called",
    );
    let quotes =
        extract("Two weeks earlier, Dutch voters dealt a blow to the union by rejecting a treaty.");
    assert!(
        quotes.iter().all(|q| !q.text.starts_with("Two weeks")),
        "{quotes:?}"
    );
    // a subject and its appositive before the cue
    let text = "The novelist Mario Varg, a signatory, told an audience that the comments were intolerable.";
    let q = &extract(text)[0];
    assert_eq!(q.span, only(text, "the comments were intolerable"));
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Mario Varg");
    assert_eq!(
        q.affiliation.as_ref().unwrap().role.as_deref(),
        Some("novelist")
    );
}

#[test]
fn a_participle_after_a_quotations_attribution() {
    let text = "“It is not new here,” said Rep. Bobby Scotts (D-Va.) at the time, adding that “we have elected them for a long time.”";
    check(
        text,
        "we have elected them for a long time.",
        QuoteKind::Partial,
        "Bobby Scotts",
        "adding",
    );
}

#[test]
fn a_title_case_headline_reports_speech() {
    let text = "Former City Pollster Says Ruiz Is In Trouble In The Primaries\n\nThe pollster spoke on Tuesday.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span, q.rule.as_ref()),
        (
            QuoteKind::Indirect,
            only(text, "Ruiz Is In Trouble In The Primaries"),
            "headline-says"
        )
    );
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "Says"));
    assert_eq!(
        q.speaker.as_ref().unwrap().mention.as_ref().unwrap().span,
        only(text, "Former City Pollster")
    );
    // more verbs of headlines, past an adverb before the verb
    let text = "Ann Ruiz Finally Endorses The Mayor For A Second Term\n\nRuiz spoke on Tuesday.";
    let q = &extract(text)[0];
    assert_eq!(q.span, only(text, "The Mayor For A Second Term"));
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "Endorses"));
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ann Ruiz");
    // a body sentence in title case is no headline
    assert!(
        extract("The mayor spoke.\n\nRuiz Says City Will Fix Every Road.")
            .iter()
            .all(|q| q.rule != "headline-says")
    );
}

#[test]
fn a_headline_claim_may_hold_a_term_in_marks() {
    let text = "Ann Ruiz Says ‘Green Deal’ Will Cost The City Millions\n\nRuiz spoke on Tuesday.";
    let quotes = extract(text);
    let claim = quotes
        .iter()
        .find(|q| q.rule == "headline-says")
        .expect("the headline's claim");
    assert_eq!(claim.kind, QuoteKind::Indirect);
    assert_eq!(
        claim.span,
        only(text, "‘Green Deal’ Will Cost The City Millions")
    );
    assert_eq!(claim.speaker.as_ref().unwrap().name, "Ann Ruiz");
    // the term stays a term: the claim around it is no echo of it
    let term = quotes.iter().find(|q| q.text == "Green Deal").unwrap();
    assert_eq!(term.kind, QuoteKind::Scare);
    assert!(term.speaker.is_none());
    // a headline quotation that is someone's words still takes no claim
    let text = "Ann Ruiz Says “We Will Cut Every Tax In The City”\n\nRuiz spoke on Tuesday.";
    assert!(extract(text).iter().all(|q| q.rule != "headline-says"));
}

#[test]
fn questions_put_in_the_passive() {
    // no one said who asked; the reported speech around the question yields
    let text =
        "Asked in Iowa recently whether he would back the nominee, Rubin gave a muddled answer.";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    let q = &quotes[0];
    assert_eq!(
        (q.kind, q.span, q.rule.as_ref(), q.speaker.is_none()),
        (
            QuoteKind::Indirect,
            only(text, "whether he would back the nominee"),
            "asked-question",
            true
        )
    );
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "Asked"));
    check(
        "When asked by a reporter whether the plan differed from the old one, Ortiz said it did.",
        "whether the plan differed from the old one",
        QuoteKind::Indirect,
        "a reporter",
        "asked",
    );
}

#[test]
fn according_to_after_an_opening_phrase_a_parenthesis_or_a_dash() {
    let text =
        "In addition, according to the department, nine million more workers will be protected.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.span, q.rule.as_ref()),
        (
            only(text, "nine million more workers will be protected"),
            "according-to"
        )
    );
    let text = "(According to the police department, it keeps no statistics on that.)";
    let q = &extract(text)[0];
    assert_eq!(q.span, only(text, "it keeps no statistics on that"));
    assert_eq!(q.speaker.as_ref().unwrap().name, "the police department");
}

#[test]
fn a_restrictive_relative_stands_for_the_noun_before_it() {
    let text = "The voters who say the economy matters most were evenly divided.";
    let q = &extract(text)[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "The voters");
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "who"));
}

#[test]
fn a_relative_clause_ends_at_its_comma() {
    check(
        "Lyn Gram, who says the allies should send troops to the region, tweeted that the plan would fail.",
        "the allies should send troops to the region",
        QuoteKind::Indirect,
        "Lyn Gram",
        "says",
    );
}

#[test]
fn tell_with_its_object_in_and_after_the_reported_clause() {
    check(
        "The union will likely sit out the election, Phil Smyth told the Ledger.",
        "The union will likely sit out the election",
        QuoteKind::Indirect,
        "Phil Smyth",
        "told",
    );
    check(
        "Cornyn told reporters this was the only chance to pass the measure.",
        "this was the only chance to pass the measure",
        QuoteKind::Indirect,
        "Cornyn",
        "told",
    );
    check(
        "Calabrese told the National Post he’s already received hundreds of emails.",
        "he’s already received hundreds of emails",
        QuoteKind::Indirect,
        "Calabrese",
        "told",
    );
}

#[test]
fn calling_someone_a_thing_is_a_judgment_but_the_name_is_not() {
    check(
        "They called him a political opportunist who had neglected his duties.",
        "him a political opportunist who had neglected his duties",
        QuoteKind::Indirect,
        "they",
        "called",
    );
    check(
        "And 64 percent call him competent.",
        "him competent",
        QuoteKind::Indirect,
        "64 percent",
        "call",
    );
    assert!(extract("They call him the crowbar robber.").is_empty());
}

#[test]
fn a_stance_participle_belongs_to_the_noun_phrase_before_it() {
    check(
        "A super PAC supporting Mark Rubin’s campaign for the nomination, Safe Streets, spent heavily.",
        "Mark Rubin’s campaign for the nomination",
        QuoteKind::Indirect,
        "super PAC",
        "supporting",
    );
}

#[test]
fn quantified_groups_and_places_between_the_cue_and_that() {
    check(
        "Several prominent party elders agreed that the nominee needs to deliver a speech.",
        "the nominee needs to deliver a speech",
        QuoteKind::Indirect,
        "Several prominent party elders",
        "agreed",
    );
    check(
        "Dan Ortiz announced on the convention floor that the delegates had voted.",
        "the delegates had voted",
        QuoteKind::Indirect,
        "Dan Ortiz",
        "announced",
    );
}

#[test]
fn a_fragment_in_a_clause_of_belief_or_perception() {
    let text =
        "In 2014, the agency found that “about twice as many voters favored stricter rules.”";
    let q = extract(text)
        .into_iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "the agency");
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "found"));
    assert!(q.confidence < 0.7, "weaker than speech: {}", q.confidence);
    // one word in marks in a belief is a term, no one's words
    let q = &extract("Burton thinks that cats are “cuties”.")[0];
    assert_eq!(q.kind, QuoteKind::Scare);
}

#[test]
fn an_adverbial_between_a_parenthetical_cue_and_its_comma() {
    check(
        "If anything, Ash Dale argued in his email, the incident shows why the rules matter.",
        "the incident shows why the rules matter",
        QuoteKind::Indirect,
        "Ash Dale",
        "argued",
    );
}

#[test]
fn a_fragment_belongs_to_the_main_clause_not_a_subordinate_one() {
    let text =
        "Asked about what she wrote in the memo, Ruiz said she “may yet have to vote for him.”";
    check(
        text,
        "she “may yet have to vote for him.”",
        QuoteKind::Partial,
        "Ruiz",
        "said",
    );
    // without the subordinate clause the first speech cue still holds it
    let text = "Ruiz wrote that Lee said he “may yet have to vote for him.”";
    check(
        text,
        "Lee said he “may yet have to vote for him.”",
        QuoteKind::Partial,
        "Ruiz",
        "wrote",
    );
}

#[test]
fn a_plural_noun_after_a_preposition_is_no_cue() {
    let text = "Alongside ACLU calls for action, even a top party strategist said Ruiz will have to “choose a side.”";
    check(
        text,
        "Ruiz will have to “choose a side.”",
        QuoteKind::Partial,
        "a top party strategist",
        "said",
    );
}

#[test]
fn poll_shares_speak() {
    for (text, speaker) in [
        ("Two in three said the race was over.", "Two in three"),
        (
            "Nearly eight in 10 Democratic voters overall said the race was over.",
            "Nearly eight in 10 Democratic voters overall",
        ),
        (
            "One in four of those polled said the race was over.",
            "One in four of those polled",
        ),
        (
            "Almost half of respondents said the race was over.",
            "Almost half of respondents",
        ),
        ("Each side said the race was over.", "Each side"),
        (
            "Two-thirds of voters said the race was over.",
            "Two-thirds of voters",
        ),
        (
            "About three-quarters said the race was over.",
            "About three-quarters",
        ),
    ] {
        check(
            text,
            "the race was over",
            QuoteKind::Indirect,
            speaker,
            "said",
        );
    }
    // a place or occasion after a name still stays out of it
    check(
        "Ruiz in three interviews said the race was over.",
        "the race was over",
        QuoteKind::Indirect,
        "Ruiz",
        "said",
    );
}

#[test]
fn a_time_between_the_cue_and_that() {
    check(
        "Ruiz said late Wednesday that she would go ahead with the meeting.",
        "she would go ahead with the meeting",
        QuoteKind::Indirect,
        "Ruiz",
        "said",
    );
}

#[test]
fn a_short_phrase_of_place_between_the_cue_and_its_clause() {
    check(
        "Ruiz said at the rally she would win the state.",
        "she would win the state",
        QuoteKind::Indirect,
        "Ruiz",
        "said",
    );
    // no pronoun, no clause: "spoke in Ohio on Monday" reports nothing
    assert!(extract("Ruiz spoke in Ohio on Monday.").is_empty());
}

#[test]
fn a_named_outlet_after_tell() {
    check(
        "Ruiz told The Daily Ledger of Newark last week she would rather stay.",
        "she would rather stay",
        QuoteKind::Indirect,
        "Ruiz",
        "told",
    );
    check(
        "As Ruiz told the Lakeside Daily News, tax relief is given for jobs.",
        "tax relief is given for jobs",
        QuoteKind::Indirect,
        "Ruiz",
        "told",
    );
    // a story told is no outlet: the clause after it is no one's speech
    assert!(
        extract("The film will tell the story of six American guards who held the wall.")
            .iter()
            .all(|q| q.text != "held the wall")
    );
}

#[test]
fn a_description_and_what_it_belongs_to() {
    for (text, speaker) in [
        (
            "Critics of the plan say it will fail.",
            "Critics of the plan",
        ),
        (
            "Leaders of both parties say it will fail.",
            "Leaders of both parties",
        ),
        (
            "An aide to the senator said it will fail.",
            "An aide to the senator",
        ),
    ] {
        check(
            text,
            "it will fail",
            QuoteKind::Indirect,
            speaker,
            if text.contains("said") { "said" } else { "say" },
        );
    }
    // a clause after "of" is no part of the speaker
    let q = extract("Critics of what he did say it will fail.");
    assert!(q.iter().all(|q| q
        .speaker
        .as_ref()
        .map_or(true, |s| s.name != "Critics of what he did")));
}

#[test]
fn a_plural_description_with_its_bare_verb() {
    check(
        "Her defenders argue that the files were never secret.",
        "the files were never secret",
        QuoteKind::Indirect,
        "Her defenders",
        "argue",
    );
    check(
        "His colleagues found that the districts moved right.",
        "the districts moved right",
        QuoteKind::Indirect,
        "His colleagues",
        "found",
    );
    // a noun that reads as a verb stays a noun: "the state reports"
    assert!(extract("The workers report to the manager.").is_empty());
}

#[test]
fn a_bare_plural_subject_after_a_cue() {
    check(
        "The polls show voters trust the mayor.",
        "voters trust the mayor",
        QuoteKind::Indirect,
        "The polls",
        "show",
    );
    check(
        "The poll shows voters trust the mayor.",
        "voters trust the mayor",
        QuoteKind::Indirect,
        "The poll",
        "shows",
    );
}

#[test]
fn according_to_speaks_for_the_whole_sentence_before_it() {
    let text = "Ruiz did well among voters who believe that the mill should reopen, according to exit polls.";
    check(
        text,
        "Ruiz did well among voters who believe that the mill should reopen",
        QuoteKind::Indirect,
        "exit polls",
        "according to",
    );
    assert_eq!(extract(text).len(), 1);
}

#[test]
fn a_participle_after_a_number_is_an_adjective() {
    // "pledged" describes the delegates; nobody pledged anything
    assert!(extract("Ruiz leads Lee by 271 pledged delegates in the count.").is_empty());
}

#[test]
fn states_the_noun_is_no_cue() {
    assert!(
        extract("The campaign will pore over data in swing states like Ohio and Georgia.")
            .is_empty()
    );
    assert!(extract("Ohio is one of 45 states where open carry is legal.").is_empty());
    check(
        "The director stated Ruiz and her team were careless.",
        "Ruiz and her team were careless",
        QuoteKind::Indirect,
        "The director",
        "stated",
    );
}

#[test]
fn a_description_and_where_it_stands() {
    check(
        "Presidential candidates in both parties condemned the test.",
        "the test",
        QuoteKind::Indirect,
        "Presidential candidates in both parties",
        "condemned",
    );
    check(
        "Democratic voters in all five states said the race was close.",
        "the race was close",
        QuoteKind::Indirect,
        "Democratic voters in all five states",
        "said",
    );
}

#[test]
fn a_quantity_of_a_group_speaks_as_the_group() {
    check(
        "A growing number of senators support reforming the system.",
        "reforming the system",
        QuoteKind::Indirect,
        "A growing number of senators",
        "support",
    );
    // things are no group of people
    assert!(extract("A number of things support the claim.").is_empty());
}

#[test]
fn money_inside_an_aside_before_the_cue() {
    check(
        "Executives for Lakeside, which made more than $30 billion last year, say the plant will close.",
        "the plant will close",
        QuoteKind::Indirect,
        "Executives for Lakeside",
        "say",
    );
}

#[test]
fn documents_and_inquiries_speak() {
    check(
        "The inquiry found that the mayor had broken no rule.",
        "the mayor had broken no rule",
        QuoteKind::Indirect,
        "The inquiry",
        "found",
    );
}

#[test]
fn a_name_in_a_parenthetical_cue_mid_sentence() {
    check(
        "The only problem, Ms. Bigbee said, is that her pay is lower.",
        "The only problem, Ms. Bigbee said, is that her pay is lower",
        QuoteKind::Indirect,
        "Bigbee",
        "said",
    );
    check(
        "The breaking point, Ash wrote, came on Friday.",
        "The breaking point, Ash wrote, came on Friday",
        QuoteKind::Indirect,
        "Ash",
        "wrote",
    );
}

#[test]
fn a_dateline_is_no_subject() {
    let text = "LAKESIDE, July 25 (UPI) — The town council released a statement saying the plant would close.";
    check(
        text,
        "the plant would close",
        QuoteKind::Indirect,
        "The town council",
        "saying",
    );
}

#[test]
fn a_noun_after_an_article_and_a_modifier_is_no_cue() {
    // "the nationwide vote" names nobody who votes: the fragment after it
    // stays with the one who said the sentence
    check(
        "Lee said the party has won 82 percent of the nationwide vote, but “we are still counting the seats.”",
        "we are still counting the seats.",
        QuoteKind::Partial,
        "Lee",
        "said",
    );
    // before a clause the word is the verb again
    check(
        "Supporters of the plan hope this is a short delay.",
        "this is a short delay",
        QuoteKind::Indirect,
        "Supporters of the plan",
        "hope",
    );
}

#[test]
fn a_possessive_pronoun_owns_a_noun_of_speech() {
    let text = "Ann Lee spoke on Monday. The row began over her claim that she “never saw the memo” at all.";
    check(
        text,
        "she “never saw the memo” at all",
        QuoteKind::Partial,
        "Ann Lee",
        "claim",
    );
    let q = extract(text);
    let mention = q[0].speaker.as_ref().unwrap().mention.as_ref().unwrap();
    assert_eq!(mention.span, only(text, "her"));
    // a verb of speech before it has the speaker: "repeated her claim"
    check(
        "Ann Lee spoke on Monday. She repeated her claim that the memo was forged.",
        "her claim that the memo was forged",
        QuoteKind::Indirect,
        "Ann Lee",
        "repeated",
    );
}

#[test]
fn a_participle_after_an_intent_goes_to_the_sentence_subject() {
    // "planned to" is no attribution to go on from: the surgeon says it
    let text = "The retired surgeon gave no details about how he planned to reboot his campaign, saying only that he was “refining some practices.”";
    check(
        text,
        "he was “refining some practices.”",
        QuoteKind::Partial,
        "The retired surgeon",
        "saying",
    );
    // after a verb of speech the participle goes on with its speaker
    check(
        "Ann Lee said she hoped to win, adding that the race was close.",
        "the race was close",
        QuoteKind::Indirect,
        "Ann Lee",
        "adding",
    );
}

#[test]
fn a_conjunction_opens_the_subject_not_a_phrase_to_skip() {
    let text = "But many of the voters interviewed for this poll, including two mayors, privately worry about the plan, believing it will fail.";
    let quotes = extract(text);
    let q = quotes.iter().find(|q| q.text == "it will fail").unwrap();
    let mention = q.speaker.as_ref().unwrap().mention.as_ref().unwrap();
    assert_eq!(mention.span, only(text, "many of the voters"));
    // a time after the conjunction is skipped as before
    check(
        "But a few days later, Ann Lee reversed herself, telling reporters that the plan would fail.",
        "the plan would fail",
        QuoteKind::Indirect,
        "Ann Lee",
        "telling",
    );
}

#[test]
fn a_coordinated_clause_with_its_own_subject_ends_the_clause_before() {
    let text = "The council has been warning that it is running out of cash, and Ms. Acosta said the “extraordinary measures” she used were unsustainable.";
    check(
        text,
        "it is running out of cash",
        QuoteKind::Indirect,
        "The council",
        "warning",
    );
    check(
        text,
        "the “extraordinary measures” she used were unsustainable",
        QuoteKind::Partial,
        "Acosta",
        "said",
    );
    // "and he added": a pronoun subject opens a clause too
    check(
        "Ann Lee said the plan should end, and she added that it would cost less.",
        "the plan should end",
        QuoteKind::Indirect,
        "Ann Lee",
        "said",
    );
}

#[test]
fn a_clause_of_time_ending_at_its_cue_yields_to_the_main_clause() {
    check(
        "Later in the show, after the interview concluded, Omar Haddad stated that the report “was not good.”",
        "the report “was not good.”",
        QuoteKind::Partial,
        "Omar Haddad",
        "stated",
    );
    // with no comma after its cue the clause of time holds what was said
    check(
        "After Ann Lee said the mayor had “lied about it,” the council met.",
        "the mayor had “lied about it,” the council met",
        QuoteKind::Partial,
        "Ann Lee",
        "said",
    );
}

#[test]
fn asides_between_the_speaker_and_the_cue() {
    // a relative clause with a contracted verb
    check(
        "Omar Haddad, who's thinking about running for mayor, said it was “impossible” to win.",
        "it was “impossible” to win",
        QuoteKind::Partial,
        "Omar Haddad",
        "said",
    );
    // a participle of dress
    for aside in ["clad in a red cape", "dressed in black"] {
        let text = format!("Ann Lee, {aside}, said the vote could be a “failure” this year.");
        check(
            &text,
            "the vote could be a “failure” this year",
            QuoteKind::Partial,
            "Ann Lee",
            "said",
        );
    }
}

#[test]
fn according_to_set_off_after_an_opening_phrase_or_closing_without_a_comma() {
    use QuoteKind::Indirect;
    // set off by commas after an opening phrase: the sentence around it
    check(
        "But the next day, according to Ann Lee, the mayor made further demands.",
        "the next day, according to Ann Lee, the mayor made further demands",
        Indirect,
        "Ann Lee",
        "according to",
    );
    // at the end without a comma
    check(
        "Omar Haddad leads the race by 271 delegates according to a count by the Lakeside Herald.",
        "Omar Haddad leads the race by 271 delegates",
        Indirect,
        "a count",
        "according to",
    );
    // after "that": the verb before holds the clause, the source with it
    check(
        "The council reported that, according to an analysis of the books, the fund was empty.",
        "according to an analysis of the books, the fund was empty",
        Indirect,
        "The council",
        "reported",
    );
}

#[test]
fn a_title_in_marks_inside_the_source_of_according_to() {
    let text = "According to her “clawback” plan, firms moving overseas must repay any aid.";
    check(
        text,
        "firms moving overseas must repay any aid",
        QuoteKind::Indirect,
        "her “clawback” plan",
        "According to",
    );
    let quotes = extract(text);
    let title = quotes.iter().find(|q| q.text == "clawback").unwrap();
    assert_eq!(title.kind, QuoteKind::Scare);
}

#[test]
fn a_source_after_according_to_ends_before_the_final_period() {
    check(
        "The pilot had been with the airline since 2004, according to numbers tallied through Wednesday afternoon.",
        "The pilot had been with the airline since 2004",
        QuoteKind::Indirect,
        "numbers tallied through Wednesday afternoon",
        "according to",
    );
}

#[test]
fn a_cue_word_after_an_article_numbers_and_a_singular_noun_is_a_noun() {
    check(
        "The group began a $1 million ad campaign this week praising Ann Lee for seeking “bipartisan solutions” to the crisis.",
        "Ann Lee for seeking “bipartisan solutions” to the crisis",
        QuoteKind::Partial,
        "The group",
        "praising",
    );
}

#[test]
fn an_adverb_opening_the_sentence_is_no_speaker() {
    let text = "Hastily blaming his rivals ― much as he did last year ― the mayor cast the blame wide, and emphasized the threat that “outside agitators” pose.";
    let quotes = extract(text);
    assert!(quotes
        .iter()
        .all(|q| q.speaker.as_ref().map_or(true, |s| s.name != "Hastily")));
    // "Early" before a plural noun opens a description
    check(
        "Early results of the exit poll showed that most voters backed the levy.",
        "most voters backed the levy",
        QuoteKind::Indirect,
        "Early results of the exit poll",
        "showed",
    );
}

#[test]
fn a_relative_clause_ending_in_a_quotation_and_its_comma() {
    let text = "Ann Lee, who calls the mayor a “bully,” said the plan will fail.";
    check(
        text,
        "the mayor a “bully,”",
        QuoteKind::Partial,
        "Ann Lee",
        "calls",
    );
    check(
        text,
        "the plan will fail",
        QuoteKind::Indirect,
        "Ann Lee",
        "said",
    );
    let text =
        "Ann Lee, who calls the mayor a “bully,” said she doesn’t believe the plan will pass.";
    check(
        text,
        "she doesn’t believe the plan will pass",
        QuoteKind::Indirect,
        "Ann Lee",
        "said",
    );
}

#[test]
fn a_verb_with_an_object_after_a_quotation_is_no_inverted_attribution() {
    let text = "Marvin Roffman, who estimates his legal costs were “in the seven figures,” described the impact of the case.";
    check(
        text,
        "his legal costs were “in the seven figures,”",
        QuoteKind::Partial,
        "Marvin Roffman",
        "estimates",
    );
}

#[test]
fn and_when_opens_a_new_clause() {
    let text = "Omar Haddad said he had not seen the episode, and when asked whether he backed the protest, he replied, “I hope not.”";
    check(
        text,
        "he had not seen the episode",
        QuoteKind::Indirect,
        "Omar Haddad",
        "said",
    );
}

#[test]
fn a_month_before_a_noun_of_speech_dates_it() {
    let text = "Ann Lee spoke. The union will not back her after her March comment that “we will close the mines.”";
    check(
        text,
        "we will close the mines.",
        QuoteKind::Partial,
        "Ann Lee",
        "comment",
    );
    // and names nobody: "the October report" is no "October" speaking
    let quotes = extract("Hiring beat the October report, with 271,000 new jobs.");
    assert!(quotes.is_empty());
}

#[test]
fn the_owner_of_a_noun_of_speech_is_its_own_words() {
    // a description owns it, without its possessive
    check(
        "The agency cited an inspector general's report that “few emails” were kept.",
        "“few emails” were kept",
        QuoteKind::Partial,
        "an inspector general",
        "report",
    );
    // a verb before the name is no part of it
    check(
        "Critics pointed to Lee's claim that the memo was forged.",
        "the memo was forged",
        QuoteKind::Indirect,
        "Lee",
        "claim",
    );
}

#[test]
fn but_after_a_quotation_and_its_comma_ends_the_clause() {
    let text =
        "Ann Lee said the rivals are “non-entities in the Senate,” but she gave one a compliment.";
    check(
        text,
        "the rivals are “non-entities in the Senate,”",
        QuoteKind::Partial,
        "Ann Lee",
        "said",
    );
    // a noun of speech with a day before "that", its owner past a passive
    let text = "Ann Lee spoke. She was challenged over her statement Wednesday that “the plan is dead,” but she kept her temper.";
    check(
        text,
        "the plan is dead,",
        QuoteKind::Partial,
        "Ann Lee",
        "statement",
    );
}

#[test]
fn a_participle_after_a_quotations_comma_opens_a_new_clause() {
    let text = "Omar Haddad hailed the vote as “fantastic,” telling reporters he thinks the result is “a great thing.”";
    check(
        text,
        "the vote as “fantastic,”",
        QuoteKind::Partial,
        "Omar Haddad",
        "hailed",
    );
    check(
        text,
        "he thinks the result is “a great thing.”",
        QuoteKind::Partial,
        "Omar Haddad",
        "telling",
    );
}

#[test]
fn a_participle_after_a_quotations_comma_goes_on_with_the_cue_before() {
    let text = "Investors heard from Ann Lee, who told them it was “a good bet,” adding that the company had “significant upside.”";
    check(
        text,
        "the company had “significant upside.”",
        QuoteKind::Partial,
        "Ann Lee",
        "adding",
    );
}

#[test]
fn a_clause_of_its_own_inside_another_holds_its_fragment() {
    // opened by "and" with its own subject
    let text = "She often speaks of the ceiling, and she jokingly tells audiences that after 44 presidents, “It’s time.”";
    let q = extract(text);
    let frag = q.iter().find(|q| q.kind == QuoteKind::Partial).unwrap();
    let s = frag.speaker.as_ref().unwrap();
    assert_eq!(
        s.mention.as_ref().unwrap().span.start,
        text.find("she jokingly").unwrap()
    );
    assert_eq!(frag.cue.as_ref().unwrap().span, only(text, "tells"));
    // an object relative with its own subject
    let text = "Omar Haddad praised the marchers, whom he described as “peaceful,” for the length of the route.";
    check(
        text,
        "as “peaceful,” for the length of the route",
        QuoteKind::Partial,
        "Omar Haddad",
        "described",
    );
    // a complement clause is the outer speaker's: "X said he was focused on “Y”"
    let text = "Ann Lee said he was focused on “the wrong things” all along.";
    check(
        text,
        "he was focused on “the wrong things” all along",
        QuoteKind::Partial,
        "Ann Lee",
        "said",
    );
}

#[test]
fn a_few_words_in_marks_before_any_cue_are_no_ones_words() {
    let text = "The campaign was represented by Gov. C.L. “Butch” Otter, who spent the day talking about water rights.";
    let q = extract(text);
    let nick = q.iter().find(|q| q.text == "Butch").unwrap();
    assert_eq!(nick.kind, QuoteKind::Scare);
    assert!(nick.speaker.is_none());
    // after a parenthetical cue the sentence is still its speaker's
    let text = "Those pledges are hollow, Omar Haddad said, in a state that can “simply replace” its leaders.";
    check(
        text,
        "simply replace",
        QuoteKind::Partial,
        "Omar Haddad",
        "said",
    );
}

#[test]
fn a_typed_double_hyphen_is_a_dash() {
    check(
        "The judge -- who has been in a scuffle with the nominee -- said she regretted her remarks.",
        "she regretted her remarks",
        QuoteKind::Indirect,
        "The judge",
        "said",
    );
    // tight against a closing mark it is a byline's, no attribution
    let text = "Rajoy said his party was “still the first force.”--Kim Lee";
    let q = extract(text);
    assert!(q
        .iter()
        .all(|q| q.speaker.as_ref().map_or(true, |s| s.name != "Kim Lee")));
}

#[test]
fn a_poll_says_the_sentence_it_opens_or_closes() {
    let text = "In a Lakeside Herald poll released Monday, 52 percent of voters backed the levy.";
    check(
        text,
        "52 percent of voters backed the levy",
        QuoteKind::Indirect,
        "a Lakeside Herald poll released Monday",
        "In",
    );
    let text = "Ann Lee had 38 percent support in a Fox poll.";
    check(
        text,
        "Ann Lee had 38 percent support",
        QuoteKind::Indirect,
        "a Fox poll",
        "in",
    );
    // a named source with its own verb speaks for itself
    let text = "In an online poll of 800 voters, Lakeside Research found that the levy is popular.";
    check(
        text,
        "the levy is popular",
        QuoteKind::Indirect,
        "Lakeside Research",
        "found",
    );
    // and the clause someone says is theirs, whatever poll it mentions
    let text = "Omar Haddad says he is under attack because of his rise in the polls.";
    check(
        text,
        "he is under attack because of his rise in the polls",
        QuoteKind::Indirect,
        "Omar Haddad",
        "says",
    );
}

#[test]
fn documents_with_their_author_and_figures_speak() {
    let text = "A review by the Lakeside Herald shows most of the hours were for campaign travel.";
    check(
        text,
        "most of the hours were for campaign travel",
        QuoteKind::Indirect,
        "A review by the Lakeside Herald",
        "shows",
    );
    let q = extract(text);
    assert_eq!(
        q[0].speaker
            .as_ref()
            .unwrap()
            .mention
            .as_ref()
            .unwrap()
            .span,
        only(text, "A review")
    );
    check(
        "Exit polling shows he won 83% of voters under 30.",
        "he won 83% of voters under 30",
        QuoteKind::Indirect,
        "Exit polling",
        "shows",
    );
    check(
        "Last year’s state statistics show that the numbers in the tweet are wrong.",
        "the numbers in the tweet are wrong",
        QuoteKind::Indirect,
        "Last year’s state statistics",
        "show",
    );
}

#[test]
fn told_a_noun_phrase_at_the_end_and_a_subject_this() {
    // whom it was told, a short noun phrase, closes the attribution
    check(
        "The force will assist the fighters, Ann Lee told a Senate panel.",
        "The force will assist the fighters",
        QuoteKind::Indirect,
        "Ann Lee",
        "told",
    );
    // "This" with a verb is a subject, not "This week, …"
    check(
        "This includes a special force, Ann Lee said.",
        "This includes a special force",
        QuoteKind::Indirect,
        "Ann Lee",
        "said",
    );
}

#[test]
fn a_long_opening_participle_and_a_participle_aside() {
    // a cue word inside the opening participle's phrase has no subject yet
    check(
        "Challenged by a reporter on her post-office speaking fees, Ann Lee said that her family “came out broke.”",
        "her family “came out broke.”",
        QuoteKind::Partial,
        "Ann Lee",
        "said",
    );
    // "prepared for X" is an aside on the subject
    check(
        "A projection by the Lakeside Institute, prepared for the retail lobby, predicted that “many workers” would lose.",
        "“many workers” would lose",
        QuoteKind::Partial,
        "Lakeside Institute",
        "predicted",
    );
}

#[test]
fn a_quotation_ending_in_its_comma_ends_the_clause_of_its_cue() {
    // "shouted, “Go home,”": what was shouted ends with the quotation; the
    // next attribution and its quotation are another speaker's
    let text =
        "When a man in the crowd shouted, “Go home,” Ann Lee joked, still smiling, “We are home!”";
    let quotes = extract(text);
    assert!(
        quotes.iter().all(|q| !q.text.contains("Ann Lee joked")),
        "{quotes:#?}"
    );
    let q = quotes.iter().find(|q| q.text == "We are home!").unwrap();
    assert_eq!(q.span, only(text, "We are home!"));
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Ann Lee");
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "Ann Lee"));
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "joked"));
}

#[test]
fn going_on_the_attack_or_on_television_is_no_speech() {
    for text in [
        "On Sunday, Ann Lee went on the offensive.",
        "Ann Lee went on national television and criticised the mayor.",
    ] {
        let quotes = extract(text);
        assert!(
            quotes
                .iter()
                .all(|q| q.cue.as_ref().map_or(true, |c| c.lemma != "go on")),
            "{text}: {quotes:#?}"
        );
    }
    // "went on to say" still is
    let text = "Ann Lee went on to say the mayor must resign.";
    let q = &extract(text)[0];
    assert_eq!(q.cue.as_ref().unwrap().lemma, "go on");
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ann Lee");
}

#[test]
fn an_adverb_opening_the_sentence_is_set_off_before_the_subject() {
    let text = "Essentially, the auditors looked through the files and found that two of them were missing.";
    let q = &extract(text)[0];
    assert_eq!(q.text, "two of them were missing");
    assert_eq!(q.span, only(text, "two of them were missing"));
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "the auditors"));
    let text = "Immediately after the vote, Ann Lee issued a statement, “We accept the result.”";
    let q = &extract(text)[0];
    assert_eq!(q.span, only(text, "We accept the result."));
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "Ann Lee"));
}

#[test]
fn a_concessive_clause_with_its_own_subject_holds_its_fragment() {
    let text = "Ann Lee said the meeting would go ahead, although Tom Ruiz tweeted that he “rejects the plan.”";
    let q = extract(text);
    let q = q.iter().find(|q| q.text.contains("rejects")).unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Tom Ruiz", "{q:#?}");
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "Tom Ruiz"));
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "tweeted"));
}

#[test]
fn a_place_after_the_subject() {
    let text = "Farmers here said the river would flood by May.";
    check(
        text,
        "the river would flood by May",
        QuoteKind::Indirect,
        "Farmers",
        "said",
    );
    let text = "“The water is not safe,” doctors there say.";
    check(
        text,
        "The water is not safe,",
        QuoteKind::Direct,
        "doctors",
        "say",
    );
}

#[test]
fn a_conjunction_opening_the_sentence_is_no_part_of_the_speaker() {
    let text = "But security specialists say the dam will hold.";
    check(
        text,
        "the dam will hold",
        QuoteKind::Indirect,
        "security specialists",
        "say",
    );
    let q = extract(text);
    let mention = q[0].speaker.as_ref().unwrap().mention.as_ref().unwrap();
    assert_eq!(mention.span, only(text, "security specialists"));
    let text = "And voters here say the tax is too high.";
    check(
        text,
        "the tax is too high",
        QuoteKind::Indirect,
        "voters",
        "say",
    );
}

#[test]
fn today_between_cue_and_clause() {
    let text = "The mayor said today the bridge will reopen in May.";
    check(
        text,
        "the bridge will reopen in May",
        QuoteKind::Indirect,
        "The mayor",
        "said",
    );
    // (but "today" may be the clause's subject)
    let text = "The mayor said today was a good day for the city.";
    assert!(extract(text).iter().all(|q| !q.text.starts_with("was")));
}

#[test]
fn a_headline_in_sentence_case_credits_its_source_before_a_colon() {
    let text = "Ann Ruiz: The city will fix every road by May.\n\nRuiz spoke on Tuesday.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span, q.rule.as_ref()),
        (
            QuoteKind::Indirect,
            only(text, "The city will fix every road by May"),
            "headline-colon"
        )
    );
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ann Ruiz");
    // a rubric is no source
    let text = "The Latest: Ruiz wins the city primary by ten points.\n\nRuiz spoke on Tuesday.";
    assert!(extract(text).iter().all(|q| q.rule != "headline-colon"));
    // nor is a first paragraph that quotes a headline
    let text = "Ann Ruiz: “The city will fix every road by May.”\n\nRuiz spoke on Tuesday.";
    assert!(extract(text).iter().all(|q| q.kind != QuoteKind::Indirect));
}

#[test]
fn a_quotation_a_nested_clause_attributes_ends_the_outer_report() {
    let text = "Ana Ruiz said observers were sent along with the marchers, whom she described as “peaceful” all day.";
    check(
        text,
        "observers were sent along with the marchers",
        QuoteKind::Indirect,
        "Ana Ruiz",
        "said",
    );
    // the fragment stays the nested clause's
    let q = extract(text);
    let fragment = q.iter().find(|q| q.kind == QuoteKind::Partial).unwrap();
    assert_eq!(fragment.cue.as_ref().unwrap().span, only(text, "described"));
    // a fragment of the outer cue's own keeps the clause whole, one record
    let text = "Ana Ruiz said the plan was “dead on arrival” in the council.";
    let q = extract(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Partial);
}

#[test]
fn a_discourse_adverb_between_cue_and_that() {
    let text = "The mayor said, however, that the bridge would stay shut.";
    check(
        text,
        "the bridge would stay shut",
        QuoteKind::Indirect,
        "The mayor",
        "said",
    );
}

#[test]
fn a_trailing_source_after_a_clause_with_commas_or_an_object() {
    // a relative clause in commas is part of what was reported
    let text = "The man, who lived in Leeds, worked as a geologist, the Courier reported.";
    check(
        text,
        "The man, who lived in Leeds, worked as a geologist",
        QuoteKind::Indirect,
        "Courier",
        "reported",
    );
    // a clause before the source is no description of it
    let text = "Officials soured on the plan, the Courier reported.";
    check(
        text,
        "Officials soured on the plan",
        QuoteKind::Indirect,
        "Courier",
        "reported",
    );
}

#[test]
fn what_a_question_in_the_passive_was_about() {
    let text = "Asked about the council's new budget, Ruiz shrugged.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span, q.rule.as_ref()),
        (
            QuoteKind::Indirect,
            only(text, "about the council's new budget"),
            "asked-question"
        )
    );
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "Asked"));
    assert!(q.speaker.is_none());
    let text = "When asked to respond to the ruling, the mayor smiled.";
    let q = &extract(text)[0];
    assert_eq!(q.span, only(text, "to respond to the ruling"));
    // a bare "about it" says nothing
    assert!(extract("Asked about it, he smiled.").is_empty());
}

#[test]
fn an_as_clause_names_the_source_of_what_follows() {
    for (text, source, cue) in [
        (
            "But as Dara Okafor noted, the voters will return.",
            "Dara Okafor",
            "noted",
        ),
        (
            "Weeks ago, as the Ledger reported, the two men met.",
            "Ledger",
            "reported",
        ),
        (
            "As reported by the Ledger, the two men met.",
            "Ledger",
            "As reported by",
        ),
    ] {
        let content = if text.contains("voters") {
            "the voters will return"
        } else {
            "the two men met"
        };
        check(text, content, QuoteKind::Indirect, source, cue);
    }
    // an "as" clause inside the subject's clause leaves no clause whole
    assert!(extract("The mayor, as the Ledger reported, quit in May.").is_empty());
}

#[test]
fn a_poll_named_by_a_possessive_or_with_a_participle() {
    let text = "In May's Ledger-Courier poll, Ruiz led Okafor by nine points.";
    check(
        text,
        "Ruiz led Okafor by nine points",
        QuoteKind::Indirect,
        "May's Ledger-Courier poll",
        "In",
    );
    let text = "Ruiz fell to 10 percent in the latest Courier poll released Wednesday.";
    check(
        text,
        "Ruiz fell to 10 percent",
        QuoteKind::Indirect,
        "the latest Courier poll released Wednesday",
        "in",
    );
}

#[test]
fn asides_between_subject_cue_and_that() {
    let text = "A poll of voters has, however, revealed that the mayor is unpopular.";
    check(
        text,
        "the mayor is unpopular",
        QuoteKind::Indirect,
        "A poll of voters",
        "revealed",
    );
    let text = "Ruiz spoke on Monday, saying, for the first time, that she would run.";
    check(text, "she would run", QuoteKind::Indirect, "Ruiz", "saying");
}

#[test]
fn a_relative_pronoun_set_off_by_an_aside_is_the_mention() {
    let text = "Tom Ruiz, who, after trading insults with the mayor, said on the show that the plan was “dead.”";
    let q = &extract(text)[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Tom Ruiz");
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "who"));
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "said"));
    // "which" stands for an organisation the same way; the relative clause
    // ends at its comma
    let text =
        "The Lakeside Workers Union, which endorsed Ann Ruiz in November, is a force in the city.";
    check(
        text,
        "Ann Ruiz in November",
        QuoteKind::Indirect,
        "Lakeside Workers Union",
        "endorsed",
    );
}

#[test]
fn made_clear_is_a_cue() {
    let text = "Ruiz backed the deal, although she made it clear that she has “serious concerns” about it.";
    check(
        text,
        "she has “serious concerns” about it",
        QuoteKind::Partial,
        "she",
        "made it clear",
    );
    let text = "Okafor has made clear that he will not run again.";
    check(
        text,
        "he will not run again",
        QuoteKind::Indirect,
        "Okafor",
        "made clear",
    );
}

#[test]
fn a_plural_noun_of_people_alone_speaks() {
    let text = "If costs keep rising, forecasters say the budget will break.";
    check(
        text,
        "the budget will break",
        QuoteKind::Indirect,
        "forecasters",
        "say",
    );
    let text = "The march was peaceful, organizers said.";
    check(
        text,
        "The march was peaceful",
        QuoteKind::Indirect,
        "organizers",
        "said",
    );
    // not a plural of things
    assert!(extract("In the end, numbers say little about the plan.").is_empty());
}

#[test]
fn that_before_a_plural_is_no_part_of_the_speaker() {
    let text = "Part of it is that Republicans think the rates were too low.";
    check(
        text,
        "the rates were too low",
        QuoteKind::Indirect,
        "Republicans",
        "think",
    );
    let text = "The files held little of the information that investigators said they found.";
    let q = extract(text);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!(s.name, "investigators");
}

#[test]
fn who_stands_for_the_person_at_the_end_of_its_antecedent() {
    let text = "Voters cheered the awkward moment for Ann Ruiz, who said the race was over.";
    check(
        text,
        "the race was over",
        QuoteKind::Indirect,
        "Ann Ruiz",
        "said",
    );
    let q = extract(text);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "who"));
}

/// By default reported speech is what someone said; beliefs, findings,
/// perceptions and plans are attributions only `all_attributions` reports.
#[test]
fn reported_speech_is_statements_unless_all_attributions() {
    let text = "Officials believe the plan will fail. The study found that rents rose. \
                Ann Ruiz plans to appeal. The ministry said that prices would rise.";
    let reported = |q: &[Quote]| -> Vec<(String, String)> {
        q.iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .map(|q| (q.text.clone(), q.cue.as_ref().unwrap().lemma.to_string()))
            .collect()
    };
    let default = reported(&quote_attribution::extract(text));
    assert_eq!(
        default,
        [("prices would rise".to_string(), "say".to_string())]
    );
    let all = Extractor::builder().all_attributions(true).build().unwrap();
    let every = reported(&all.extract(text));
    assert!(every.contains(&("the plan will fail".to_string(), "believe".to_string())));
    assert!(every.contains(&("rents rose".to_string(), "find".to_string())));
    assert!(every.contains(&("prices would rise".to_string(), "say".to_string())));
    // a quotation in marks is reported whatever its cue
    let q = quote_attribution::extract("“The plan will fail,” officials believe.");
    assert_eq!(
        (q[0].text.as_str(), q[0].kind),
        ("The plan will fail,", QuoteKind::Direct)
    );
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "officials");
}

/// A topic after a preposition ("talked about the budget", "referring to
/// the flood") and a plan or promise in an infinitive ("vowed to fight the
/// bill", "is said to have") are attributions but no statements: reported
/// only with every attribution asked for. A clause after the cue is.
#[test]
fn topics_and_plans_are_no_statements() {
    let text = "Mayor Ann Ruiz talked about the budget on Monday.\n\n\
                Senator Tom Hale vowed to fight the bill.\n\n\
                The company is said to have two bidders.\n\n\
                “We need help,” Lee Park said, referring to the flood.\n\n\
                Dana Okafor said the plan would fail.";
    assert_eq!(
        indirect(quote_attribution::extract(text)),
        ["the plan would fail"]
    );
    assert_eq!(
        indirect(extract(text)),
        [
            "the budget on Monday",
            "fight the bill",
            "have two bidders",
            "the flood",
            "the plan would fail"
        ]
    );
}

/// A line of a few words with no sentence end between paragraphs is a
/// publisher's line or a caption, never reported speech; a short sentence is.
#[test]
fn a_fragment_line_reports_nothing() {
    let text = "Ann Ruiz said the fund would grow.\n\nCoverage continues after this\n\nLee said the vote was close.";
    let q = quote_attribution::extract(text);
    let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the fund would grow", "the vote was close"]);
    assert!(quote_attribution::extract("Coverage continues after this").is_empty());
}

/// A cue's object that opens no clause is an attribution but no statement
/// ("interjected that warning into …", "urged police to investigate",
/// "denied reports of a rift"): reported only with `all_attributions`;
/// after a verb of saying the words are what was said, clause or not.
#[test]
fn an_object_is_no_statement() {
    let all = Extractor::builder().all_attributions(true).build().unwrap();
    for (text, object) in [
        (
            "Ann Ruiz interjected that warning into the debate.",
            "that warning into the debate",
        ),
        (
            "The mayor urged police to investigate.",
            "police to investigate",
        ),
        ("Lee denied reports of a rift.", "reports of a rift"),
        // a noun phrase with no verb of its own
        ("The ministry defended the dialogue.", "the dialogue"),
    ] {
        assert!(quote_attribution::extract(text).is_empty(), "{text}");
        let q = all.extract(text);
        assert_eq!(q[0].span, crate::only(text, object), "{text}");
    }
    let text = "Lee said handbrakes were not applied.";
    let q = quote_attribution::extract(text);
    assert_eq!(q[0].span, crate::only(text, "handbrakes were not applied"));
    // a clause with its verb is a statement after any cue of speech
    let text = "The agency confirmed the mill closed.";
    let q = quote_attribution::extract(text);
    assert_eq!(q[0].span, crate::only(text, "the mill closed"));
}

/// A question put to someone is no statement of theirs: by default "asked
/// whether …" reports nothing; every attribution includes it; a statement
/// that opens with "when" or "if" is still one.
#[test]
fn a_question_is_no_statement_unless_all_attributions() {
    let text = "Reporters asked the mayor whether he was overstating the debt. \
                The mayor said that if the vote fails, taxes will rise.";
    assert_eq!(
        indirect(quote_attribution::extract(text)),
        ["if the vote fails, taxes will rise"]
    );
    let every = indirect(extract(text));
    assert!(
        every.contains(&"whether he was overstating the debt".to_string()),
        "{every:?}"
    );
}

/// A time that ends in a day, a month or a year is no clause reported
/// before its subject.
#[test]
fn a_dated_opening_is_no_fronted_clause() {
    for text in [
        "And until Thursday, Trump has refused to disclose his records.",
        "After meeting with his wife on June 30, 2000, Loden confessed to the officers.",
    ] {
        let q = extract(text);
        assert!(
            q.iter()
                .all(|q| !text[q.span.start..].starts_with(text.split(',').next().unwrap())),
            "{text}: {:?}",
            q.iter().map(|q| &q.text).collect::<Vec<_>>()
        );
    }
}

/// A verb of saying in another sense says nothing without a clause, and a
/// negated cue reports nothing said, by default; every attribution keeps
/// them as PolNeAR does.
#[test]
fn other_senses_and_negations_are_no_statements() {
    for text in [
        "They added another goal early in the third.",
        "The index added 0.4 per cent.",
        "The company wrote off assets worth billions.",
        "The mayor did not say that the plan would fail.",
        "The mayor has never claimed that the plan would fail.",
    ] {
        assert!(
            indirect(quote_attribution::extract(text)).is_empty(),
            "{text}"
        );
    }
    let text = "Rubber seals don't work. Lee Young added that the brakes froze.";
    assert_eq!(
        indirect(quote_attribution::extract(text)),
        ["the brakes froze"]
    );
    let text = "The mayor said that the plan would not fail.";
    assert_eq!(
        indirect(quote_attribution::extract(text)),
        ["the plan would not fail"]
    );
    assert!(!indirect(extract("The mayor did not say that the plan would fail.")).is_empty());
}
