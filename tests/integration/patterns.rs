//! Every attribution pattern, with exact spans for quote, speaker mention
//! and cue.

use crate::only;
use quote_attribution::{extract, EntityKind, Extractor, Quote, QuoteKind, Resolution, Span};

/// Asserts one quote of `text`: its words, speaker name, mention, cue and rule.
#[track_caller]
fn check(
    text: &str,
    quote: &str,
    name: &str,
    mention: &str,
    cue: Option<&str>,
    rule: &str,
) -> Quote {
    let quotes = extract(text);
    let q = quotes.iter().find(|q| q.text == quote).unwrap_or_else(|| {
        panic!(
            "no {quote:?} in {:?}",
            quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
        )
    });
    assert_eq!(q.span, only(text, quote), "quote span");
    let s = q
        .speaker
        .as_ref()
        .unwrap_or_else(|| panic!("no speaker for {quote:?}"));
    assert_eq!(s.name, name, "speaker of {quote:?}");
    let m = s.mention.as_ref().unwrap();
    assert_eq!(m.span, only(text, mention), "mention of {quote:?}");
    assert_eq!(
        q.cue.as_ref().map(|c| c.span),
        cue.map(|c| only(text, c)),
        "cue of {quote:?}"
    );
    assert_eq!(q.rule, rule, "rule of {quote:?}");
    q.clone()
}

#[test]
fn quote_then_speaker_then_cue() {
    let text = "“The plant will close,” Laura Kim said.";
    let q = check(
        text,
        "The plant will close,",
        "Laura Kim",
        "Laura Kim",
        Some("said"),
        "quote-then-speaker-cue",
    );
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.context.attribution, Some(only(text, "Laura Kim said")));
}

#[test]
fn quote_then_cue_then_speaker() {
    let text = "“The plant will close,” said Laura Kim, a union steward at Delmont Steel.";
    let q = check(
        text,
        "The plant will close,",
        "Laura Kim",
        "Laura Kim",
        Some("said"),
        "quote-then-cue-speaker",
    );
    let a = q.affiliation.unwrap();
    assert_eq!(a.role.as_deref(), Some("union steward"));
    assert_eq!(a.organization.as_deref(), Some("Delmont Steel"));
}

#[test]
fn speaker_cue_colon_quote() {
    let text = "Laura Kim said: “The plant will close.”";
    check(
        text,
        "The plant will close.",
        "Laura Kim",
        "Laura Kim",
        Some("said"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn speaker_cue_comma_quote() {
    let text = "Laura Kim said, “The plant will close.”";
    check(
        text,
        "The plant will close.",
        "Laura Kim",
        "Laura Kim",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn split_quote() {
    let text = "“The plant,” Laura Kim said, “will close in May.”";
    check(
        text,
        "The plant,",
        "Laura Kim",
        "Laura Kim",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        text,
        "will close in May.",
        "Laura Kim",
        "Laura Kim",
        Some("said"),
        "split-quote",
    );
}

#[test]
fn according_to() {
    let text = "“The plant will close,” according to Laura Kim.";
    check(
        text,
        "The plant will close,",
        "Laura Kim",
        "Laura Kim",
        Some("according to"),
        "according-to",
    );
    let text = "According to Laura Kim, “the plant will close in May.”";
    check(
        text,
        "the plant will close in May.",
        "Laura Kim",
        "Laura Kim",
        Some("According to"),
        "according-to",
    );
}

#[test]
fn dash_attribution() {
    let text = "“Less is more.” — Ludwig Mies";
    check(
        text,
        "Less is more.",
        "Ludwig Mies",
        "Ludwig Mies",
        None,
        "dash-speaker",
    );
}

#[test]
fn colon_lead_in_in_sentence_before() {
    let text = "Laura Kim explained her decision:\n\n“The plant will close.”";
    check(
        text,
        "The plant will close.",
        "Laura Kim",
        "Laura Kim",
        Some("explained"),
        "colon-lead-in",
    );
}

#[test]
fn title_before_name_and_possessive_organisation() {
    let text = "“Prices will rise,” Finance Ministry spokeswoman Mei Lin said.";
    let q = check(
        text,
        "Prices will rise,",
        "Mei Lin",
        "Finance Ministry spokeswoman Mei Lin",
        Some("said"),
        "quote-then-speaker-cue",
    );
    let a = q.affiliation.unwrap();
    assert_eq!(
        (a.organization.as_deref(), a.role.as_deref()),
        (Some("Finance Ministry"), Some("spokeswoman"))
    );

    let text = "“Prices will rise,” the Brookfield Institute’s Omar Haddad, a former banker, told the Daily Ledger.";
    let q = check(
        text,
        "Prices will rise,",
        "Omar Haddad",
        "the Brookfield Institute’s Omar Haddad",
        Some("told"),
        "quote-then-speaker-cue",
    );
    let a = q.affiliation.unwrap();
    assert_eq!(
        (a.organization.as_deref(), a.role.as_deref()),
        (Some("Brookfield Institute"), Some("former banker"))
    );
}

#[test]
fn descriptions_are_speakers() {
    let text = "“We have no comment,” a spokeswoman for the ministry said.";
    let q = check(
        text,
        "We have no comment,",
        "a spokeswoman for the ministry",
        "a spokeswoman for the ministry",
        Some("said"),
        "quote-then-speaker-cue",
    );
    assert_eq!(q.speaker.unwrap().resolution, Resolution::Unnamed);
}

#[test]
fn surname_and_pronoun_resolve_to_full_name() {
    let text = "Omar Haddad runs the fund. “Prices will rise,” Haddad said.\n\nLater that day he spoke again. “They will fall,” he said.";
    let quotes = extract(text);
    let q = &quotes[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(
        (s.name.as_str(), s.resolution),
        ("Omar Haddad", Resolution::PartialName)
    );
    let at = text.find("Haddad said").unwrap();
    assert_eq!(
        s.mention.as_ref().unwrap().span,
        Span::new(at, at + "Haddad".len())
    );
    let q = quotes.iter().find(|q| q.text == "They will fall,").unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(
        (s.name.as_str(), s.resolution),
        ("Omar Haddad", Resolution::Pronoun)
    );
    let he = text.rfind("he said").unwrap();
    assert_eq!(s.mention.as_ref().unwrap().span, Span::new(he, he + 2));
}

#[test]
fn pronoun_follows_gender() {
    let text = "Maria Lopez met Peter Olsen. “It went well,” she said.";
    let q = extract(text);
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Maria Lopez");
}

#[test]
fn continuation_in_paragraph_and_quote_only_paragraph() {
    let text = "“We lost,” Sam Green said. “We will be back.”\n\n“Next year is ours.”";
    check(
        text,
        "We will be back.",
        "Sam Green",
        "Sam Green",
        None,
        "continuation-same-paragraph",
    );
    check(
        text,
        "Next year is ours.",
        "Sam Green",
        "Sam Green",
        None,
        "continuation-next-paragraph",
    );
}

#[test]
fn a_clause_opening_its_sentence_continues_though_the_writer_runs_on() {
    let text = "“We cannot back this plan,” said Ann Lee, a member of the council. \
                “After a long review, I have found that it does not serve this town” or its farms.";
    let q = check(
        text,
        "After a long review, I have found that it does not serve this town",
        "Ann Lee",
        "Ann Lee",
        None,
        "continuation-same-paragraph",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
    // with no one's words before it, it is a slogan: a scare quote
    let text = "“Stop the new road, yes to the old park” was the slogan of 2008.";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].kind, QuoteKind::Scare);
    // and a short term stays one: "“Big Tent” politics"
    let text = "“We cannot back this plan,” said Ann Lee. “Big tent” politics is over.";
    let quotes = extract(text);
    assert_eq!(quotes[1].kind, QuoteKind::Scare);
}

#[test]
fn partial_and_scare_quotes() {
    let text = "Omar Haddad said the fund would “simply vanish” by spring.";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 1);
    let q = &quotes[0];
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(
        q.span,
        only(text, "the fund would “simply vanish” by spring")
    );
    assert_eq!(q.fragments, vec![only(text, "simply vanish")]);
    assert_eq!(q.speaker.as_ref().unwrap().name, "Omar Haddad");

    let text = "Those files are riddled with “weak spots” for thieves to use.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span, q.speaker.is_none()),
        (QuoteKind::Scare, only(text, "weak spots"), true)
    );
    // a short phrase closed by its own punctuation, with no one to say it
    let text = "The budget office put the gap at “about right,” then moved on.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span),
        (QuoteKind::Scare, only(text, "about right,"))
    );
    // but after a verb of saying it is speech, however short
    let text = "It is easy enough to say ‘Sign here,’ but nobody did.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span),
        (QuoteKind::Partial, only(text, "Sign here,"))
    );
}

#[test]
fn headline_takes_speaker_of_body_quote() {
    let text = "‘Hold the line’: city braces for storm\n\n“We will hold the line,” Mayor Ines Duarte said.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.text.as_str()),
        (QuoteKind::Headline, "Hold the line")
    );
    assert_eq!(q.speaker.as_ref().unwrap().name, "Ines Duarte");
    assert_eq!(q.speaker.as_ref().unwrap().resolution, Resolution::Headline);
    assert!(q.affiliation.is_none() && q.cue.is_none());
}

#[test]
fn a_short_headline_quote_nothing_attributes_is_a_term() {
    let text = "Council’s ‘Refurbished’ Budget Fails\n\nThe council voted on Monday.";
    let q = extract(text);
    assert_eq!(q.len(), 1);
    assert_eq!(
        (q[0].kind, q[0].rule.as_ref()),
        (QuoteKind::Scare, "scare-quote")
    );
    assert_eq!(q[0].span, only(text, "Refurbished"));
    // a longer one stays a headline quote, with no one to say it
    let text = "‘We will never give up the bridge’\n\nThe council voted on Monday.";
    let q = extract(text);
    assert_eq!(
        (q[0].kind, q[0].rule.as_ref()),
        (QuoteKind::Headline, "unattributed")
    );
}

#[test]
fn no_speaker_is_an_honest_none() {
    let q = &extract("“Nothing here is settled.”")[0];
    assert!(q.speaker.is_none());
    assert_eq!(q.rule, "unattributed");
}

#[test]
fn headline_with_its_own_attribution() {
    let text = "Maria Lopez: ‘We will rebuild the bridge’\n\nThe county met on Tuesday to discuss repairs.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.text.as_str()),
        (QuoteKind::Headline, "We will rebuild the bridge")
    );
    assert_eq!(q.speaker.as_ref().unwrap().name, "Maria Lopez");
    assert_eq!(q.rule, "speaker-colon-quote");
}

#[test]
fn the_company_is_the_company_named_before() {
    let text =
        "The Lakeside Water Company raised prices on Monday. “We had no choice,” the company said.";
    let q = &extract(text)[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(
        (s.name.as_str(), s.resolution, s.entity),
        (
            "Lakeside Water Company",
            Resolution::Description,
            EntityKind::Organization
        )
    );
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "the company"));
}

#[test]
fn inverted_cue_at_the_start_of_a_sentence() {
    let text = "Said Nora Quist, “The count is final.”";
    check(
        text,
        "The count is final.",
        "Nora Quist",
        "Nora Quist",
        Some("Said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn described_speaker_with_one() {
    check(
        "“The fees are too high,” one reader wrote.",
        "The fees are too high,",
        "one reader",
        "one reader",
        Some("wrote"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn aside_between_speaker_and_cue() {
    let text = "Mara Voss, during a town hall in Dayton, Ohio, said the plant was “not for sale.”";
    let q = check(
        text,
        "the plant was “not for sale.”",
        "Mara Voss",
        "Mara Voss",
        Some("said"),
        "reported-speech",
    );
    assert_eq!(q.affiliation, None, "an aside is no role");
    check(
        "“We wait,” Hal Brun, after a long pause, said. “Then we vote.”",
        "We wait,",
        "Hal Brun",
        "Hal Brun",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn sentence_subject_speaks_a_fragment_no_cue_attributes() {
    let text = "Ruth Cole knocked the plan as a “bridge to nowhere for the rich,” to cheers.";
    let q = check(
        text,
        "bridge to nowhere for the rich,",
        "Ruth Cole",
        "Ruth Cole",
        None,
        "sentence-subject",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
    assert!(q.confidence < 0.6, "weaker than a cue: {}", q.confidence);
    // three words or fewer with no cue are a term in marks, not speech
    let q = &extract("Ruth Cole knocked the plan as a “bridge to nowhere,” to cheers.")[0];
    assert_eq!(q.kind, QuoteKind::Scare);
    // a fragment in a that-clause belongs to that clause's subject, not the sentence's
    let text = "Ruth Cole waved a paper with reports that an aide “fixed the count.”";
    let q = extract(text);
    assert_eq!(q.len(), 1);
    assert_ne!(q[0].rule, "sentence-subject");
}

#[test]
fn verb_and_particle_cues() {
    let text = "“Is it over?” Lena Hart went on. “Not yet.”";
    check(
        text,
        "Is it over?",
        "Lena Hart",
        "Lena Hart",
        Some("went on"),
        "quote-then-speaker-cue",
    );
    check(
        "Pressed on the cost, Omar Diaz shot back: “Ask the council.”",
        "Ask the council.",
        "Omar Diaz",
        "Omar Diaz",
        Some("shot back"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn a_later_cue_when_the_first_has_no_speaker() {
    // "state" reads as a cue but has no speaker right after the quote
    check(
        "“We hold,” Tom Hale, head of the Ohio state nurses union, said.",
        "We hold,",
        "Tom Hale",
        "Tom Hale",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn descriptions_with_what_they_work_for_and_partitives() {
    let q = check(
        "“The count stands,” a spokesman for committee Democrats said.",
        "The count stands,",
        "a spokesman for committee Democrats",
        "a spokesman for committee Democrats",
        Some("said"),
        "quote-then-speaker-cue",
    );
    let aff = q.affiliation.unwrap();
    assert_eq!(aff.organization.as_deref(), Some("committee Democrats"));
    let text =
        "“The count stands,” said one of those advisers, who spoke on condition of anonymity.";
    check(
        text,
        "The count stands,",
        "one of those advisers",
        "one of those advisers",
        Some("said"),
        "quote-then-cue-speaker",
    );
    // the terms of speaking are not what was said
    assert_eq!(extract(text).len(), 1);
}

#[test]
fn role_adjectives_before_a_titled_name() {
    let q = check(
        "“The count stands,” former Fox News host Sam Reed said.",
        "The count stands,",
        "Sam Reed",
        "former Fox News host Sam Reed",
        Some("said"),
        "quote-then-speaker-cue",
    );
    let aff = q.affiliation.unwrap();
    assert_eq!(aff.organization.as_deref(), Some("Fox News"));
    assert_eq!(aff.role.as_deref(), Some("former host"));
}

#[test]
fn pronoun_with_contracted_is() {
    let text = "Ben Ode spoke first. He’s predicting the vote will go “very, very well” for him.";
    let q = check(
        text,
        "the vote will go “very, very well” for him",
        "Ben Ode",
        "He",
        Some("predicting"),
        "reported-speech",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
}

#[test]
fn a_noun_like_cue_before_a_verb_or_role_is_a_noun() {
    // "campaign" is no verb before "says" or "manager"
    check(
        "“We are on track,” Ruiz campaign manager Dale Moss said.",
        "We are on track,",
        "Dale Moss",
        "Ruiz campaign manager Dale Moss",
        Some("said"),
        "quote-then-speaker-cue",
    );
    let text = "The Ruiz campaign says it raised more money.";
    let q = check(
        text,
        "it raised more money",
        "The Ruiz campaign",
        "The Ruiz campaign",
        Some("says"),
        "reported-speech",
    );
    assert_eq!(q.kind, QuoteKind::Indirect);
}

#[test]
fn a_clause_before_the_comma_is_what_was_said() {
    // "This" opens a clause here, not an adverbial ("This week, …")
    check(
        "This is a concern, Tom Ames said.",
        "This is a concern",
        "Tom Ames",
        "Tom Ames",
        Some("said"),
        "reported-speech",
    );
    assert!(extract("This week, Tom Ames said.").is_empty());
}

#[test]
fn a_specific_description_is_not_the_organisation_named_before() {
    let text = "The State Department spoke first. The campaign said the report was wrong.";
    let q = check(
        text,
        "the report was wrong",
        "The campaign",
        "The campaign",
        Some("said"),
        "reported-speech",
    );
    assert_eq!(q.speaker.unwrap().resolution, Resolution::Unnamed);
}

#[test]
fn an_abbreviation_after_a_question_does_not_end_the_sentence() {
    let text = "''Was it worth it?'' Mrs. Lena Cho asked. ''Nobody knows.''";
    check(
        text,
        "Was it worth it?",
        "Lena Cho",
        "Mrs. Lena Cho",
        Some("asked"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_document_speaks_with_read() {
    check(
        "“Act now, the deadline is near,” the letter read.",
        "Act now, the deadline is near,",
        "the letter",
        "the letter",
        Some("read"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn the_subject_after_an_opening_place() {
    // a participle cue's speaker is the subject, past "At …, Place,"
    let q = check(
        "At a rally in Salem, Oregon, Vera Holt went after the mayor, calling him “a total stiff.”",
        "him “a total stiff.”",
        "Vera Holt",
        "Vera Holt",
        Some("calling"),
        "speaker-cue-comma-quote",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
}

#[test]
fn attributions_without_a_comma_and_with_long_appositives() {
    // no comma after the quote: only a name and a closing verb of saying
    check(
        "“The caucus is a battle of niches” Ada Grubbs said.",
        "The caucus is a battle of niches",
        "Ada Grubbs",
        "Ada Grubbs",
        Some("said"),
        "quote-then-speaker-cue",
    );
    // a question, then a speaker with a long appositive before the cue
    check(
        "“How are you?” Tom Miller, a retired worker from a nuclear plant, said.",
        "How are you?",
        "Tom Miller",
        "Tom Miller",
        Some("said"),
        "quote-then-speaker-cue",
    );
    // a possessive appositive
    let q = check(
        "“This is it,” Jeff Weaver, Rivers’ campaign manager, said.",
        "This is it,",
        "Jeff Weaver",
        "Jeff Weaver",
        Some("said"),
        "quote-then-speaker-cue",
    );
    assert_eq!(
        q.affiliation.unwrap().role.as_deref(),
        Some("Rivers’ campaign manager")
    );
}

#[test]
fn titled_possessive_appositive_and_as_x_put_it() {
    let q = check(
        "“They were rivals,” Ann Daley, Mayor Ruiz's former chief of staff, said.",
        "They were rivals,",
        "Ann Daley",
        "Ann Daley",
        Some("said"),
        "quote-then-speaker-cue",
    );
    assert_eq!(
        q.affiliation.unwrap().role.as_deref(),
        Some("Mayor Ruiz's former chief of staff")
    );
    check(
        "As Professor Lena Ford put it: “The county does better than most.”",
        "The county does better than most.",
        "Lena Ford",
        "Professor Lena Ford",
        Some("put it"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn dash_line_under_a_quotation_paragraph() {
    let text = "“We will cut the fares. Buses will be free on Sundays.”\n\n— Mayor Ann Ruiz.\n\nThe council voted later.";
    let q = check(
        text,
        "We will cut the fares. Buses will be free on Sundays.",
        "Ann Ruiz",
        "Mayor Ann Ruiz",
        None,
        "dash-speaker",
    );
    assert_eq!(q.context.attribution, Some(only(text, "— Mayor Ann Ruiz")));
}

#[test]
fn remembered_and_moderators() {
    check(
        "“Analysts said no,” remembered Roy Verley, her former spokesman.",
        "Analysts said no,",
        "Roy Verley",
        "Roy Verley",
        Some("remembered"),
        "quote-then-cue-speaker",
    );
    check(
        "“What is the plan?” moderator Nancy Cordes asked.",
        "What is the plan?",
        "Nancy Cordes",
        "moderator Nancy Cordes",
        Some("asked"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn an_aside_between_the_quote_and_an_inverted_attribution() {
    check(
        "“Consumers have been resilient,” despite the recent slump in prices, said Ann Ruiz, an economist.",
        "Consumers have been resilient,",
        "Ann Ruiz",
        "Ann Ruiz",
        Some("said"),
        "quote-then-cue-speaker",
    );
}

#[test]
fn an_object_relative_keeps_its_own_subject() {
    let text = "Ruiz attacked the plan, which Ann Beck on Wednesday called “a costly mistake.”";
    let q = check(
        text,
        "a costly mistake.",
        "Ann Beck",
        "Ann Beck",
        Some("called"),
        "speaker-cue-comma-quote",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
    // the subject relative still stands for the name before it
    let text = "Mayor Ann Ruiz, who said the plan was “a costly mistake,” left early.";
    let q = extract(text)
        .into_iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .unwrap();
    assert_eq!(q.speaker.unwrap().mention.unwrap().text, "who");
}

#[test]
fn a_name_of_the_organisation_speaks_for_itself() {
    let text = "“We need a plan for the debt,” Ann Beck of the Fairview Institute wrote recently.";
    let q = check(
        text,
        "We need a plan for the debt,",
        "Ann Beck",
        "Ann Beck",
        Some("wrote"),
        "quote-then-speaker-cue",
    );
    let a = q.affiliation.unwrap();
    assert_eq!(a.organization.as_deref(), Some("Fairview Institute"));
    // without "the", "of" joins one name
    check(
        "“We need a plan,” the Bank of Ruritania said.",
        "We need a plan,",
        "Bank of Ruritania",
        "the Bank of Ruritania",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_place_after_a_description_closes_the_appositive() {
    check(
        "“The vote is close,” Cecelia Marsh, 67, a retired nurse in Dover, Del., said in an interview.",
        "The vote is close,",
        "Cecelia Marsh",
        "Cecelia Marsh",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_description_with_where_the_person_stood() {
    check(
        "“Will he run again?” a staffer at the rally shouted.",
        "Will he run again?",
        "a staffer at the rally",
        "a staffer",
        Some("shouted"),
        "quote-then-speaker-cue",
    );
    // an -ly noun after a possessive is no adverb to skip
    let quotes = extract("“We won,” Ann Beck's family said.");
    assert!(quotes[0]
        .speaker
        .as_ref()
        .map_or(true, |s| s.name != "Ann Beck"));
}

#[test]
fn an_inverted_attribution_with_a_colon_after_an_opening_phrase() {
    check(
        "In other words, explained moderator Ann Beck: “What does that have to do with taxes?”",
        "What does that have to do with taxes?",
        "Ann Beck",
        "moderator Ann Beck",
        Some("explained"),
        "speaker-cue-colon-quote",
    );
    // a subject before the cue is no inversion
    check(
        "The report said: “We are done.”",
        "We are done.",
        "The report",
        "The report",
        Some("said"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn a_quotation_of_several_paragraphs_is_continued_where_it_ends() {
    let text = "Ann Ruiz said: “There is no magic in a phrase. It is a talking point.\n\n\
                “Calling it by a new name changes nothing,” she said. “Not once did it help.”";
    check(
        text,
        "Not once did it help.",
        "Ann Ruiz",
        "Ann Ruiz",
        None,
        "continuation-same-paragraph",
    );
}

#[test]
fn ages_and_compound_roles_describe_a_speaker() {
    check(
        "“He is a fine leader,” said the 46-year-old.",
        "He is a fine leader,",
        "the 46-year-old",
        "the 46-year-old",
        Some("said"),
        "quote-then-cue-speaker",
    );
    let q = check(
        "“I will not do it,” said retired neurosurgeon Ben Corson.",
        "I will not do it,",
        "Ben Corson",
        "retired neurosurgeon Ben Corson",
        Some("said"),
        "quote-then-cue-speaker",
    );
    assert_eq!(
        q.affiliation.unwrap().role.as_deref(),
        Some("retired neurosurgeon")
    );
}

#[test]
fn a_party_and_state_after_the_name() {
    check(
        "“Let me be clear,” Mitch Connell, R-Ky., said.",
        "Let me be clear,",
        "Mitch Connell",
        "Mitch Connell",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn an_inverted_attribution_without_the_comma() {
    check(
        "“We have waited for months” said Nick Marrow, a campaign spokesman.",
        "We have waited for months",
        "Nick Marrow",
        "Nick Marrow",
        Some("said"),
        "quote-then-cue-speaker",
    );
    // a short name in marks before "said" is no utterance
    let q = &extract("The so-called “Tax Relief Act” said Ann Beck was wrong.")[0];
    assert_eq!(q.kind, QuoteKind::Scare);
}

#[test]
fn another_speaks_after_one() {
    let text = "One fan wrote, “This is great.” Another tweeted, “She is above the rules.”";
    check(
        text,
        "She is above the rules.",
        "Another",
        "Another",
        Some("tweeted"),
        "speaker-cue-comma-quote",
    );
    // "Another report": a noun after a singular quantifier (a finding: an
    // attribution, not a statement)
    let text = "Another report found that the plan failed.";
    let all = Extractor::builder().all_attributions(true).build().unwrap();
    let q = &all.extract(text)[0];
    assert_eq!(q.span, only(text, "the plan failed"));
    assert_eq!(q.cue.as_ref().unwrap().span, only(text, "found"));
}

#[test]
fn a_headline_names_its_speaker_before_a_colon_when_the_story_does() {
    let text = "Ruiz: ‘We Will Fix Every Road In The City’\n\nMayor Ann Ruiz spoke on Tuesday.";
    let q = &extract(text)[0];
    assert_eq!(
        (q.kind, q.span, q.rule.as_ref()),
        (
            QuoteKind::Headline,
            only(text, "We Will Fix Every Road In The City"),
            "speaker-colon-quote"
        )
    );
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Ann Ruiz");
    assert_eq!(s.mention.as_ref().unwrap().span, Span::new(0, 4));
    // a label before the colon names no one
    let text =
        "Exclusive: ‘We Will Fix Every Road In The City’\n\nMayor Ann Ruiz spoke on Tuesday.";
    assert!(extract(text)[0].speaker.is_none());
}

#[test]
fn a_participle_after_an_opening_place() {
    check(
        "Here in Columbia, Dana Sand stepped up her attacks, saying, “We have got to win this.”",
        "We have got to win this.",
        "Dana Sand",
        "Dana Sand",
        Some("saying"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_quotation_after_said_that_and_a_colon_is_the_speakers() {
    check(
        "Ann Amar said that, seen that way, a deal might be possible: “In business, the question is always the price.”",
        "In business, the question is always the price.",
        "Ann Amar",
        "Ann Amar",
        None,
        "sentence-subject",
    );
}

#[test]
fn an_infinitive_cue_before_the_quotation() {
    check(
        "The debate was so calm that Dan Ortiz was prompted to say, “I cannot believe how civil it has been.”",
        "I cannot believe how civil it has been.",
        "Dan Ortiz",
        "Dan Ortiz",
        Some("say"),
        "speaker-cue-comma-quote",
    );
    check(
        "She went on to say, “We will win this.”",
        "We will win this.",
        "she",
        "She",
        Some("say"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_quotation_ending_in_a_nested_quotation_is_an_utterance() {
    check(
        "\"It is not just me saying, 'Vote for her,' \" Ann Sand told reporters.",
        "It is not just me saying, 'Vote for her,'",
        "Ann Sand",
        "Ann Sand",
        Some("told"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_party_member_described() {
    check(
        "“The campaign has been slow,” one senior Democrat said.",
        "The campaign has been slow,",
        "one senior Democrat",
        "one senior Democrat",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "And Dan Ortiz gloated: “I told you so.”",
        "I told you so.",
        "Dan Ortiz",
        "Dan Ortiz",
        Some("gloated"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn a_sentence_after_an_abbreviation_opens_with_while() {
    let text = "Trump called to ban visitors from the U.S. While Ann Ruiz has condemned the plan, the groups say they are “concerned about mixed messages.”";
    let q = extract(text)
        .into_iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .unwrap();
    assert_eq!(q.speaker.unwrap().name, "the groups");
}

#[test]
fn appositives_in_dashes_and_participle_asides() {
    check(
        "“We won,” Ann Lee — the mayor — said.",
        "We won,",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "“We have had better conventions,” Bill Eastland, wearing a cowboy hat, said.",
        "We have had better conventions,",
        "Bill Eastland",
        "Bill Eastland",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn as_someone_put_it() {
    check(
        "Or, as Tom Reed, a former secretary of the navy, put it: “The barbarians are no longer at the gate.”",
        "The barbarians are no longer at the gate.",
        "Tom Reed",
        "Tom Reed",
        Some("put it"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn a_no_break_space_after_a_period_ends_the_sentence() {
    let text = "It was a stark contrast to Ruiz.\u{a0}Reprising one of her lines, the former mayor talked about continuing the “progress we made together.”";
    check(
        text,
        "continuing the “progress we made together.”",
        "the former mayor",
        "the former mayor",
        Some("talked about"),
        "reported-speech",
    );
}

#[test]
fn participles_after_with_and_asides_before_the_quotation() {
    check(
        "Both have used harsh words, with Dan Cruz recently promising to “carpet bomb them into oblivion.”",
        "to “carpet bomb them into oblivion.”",
        "Dan Cruz",
        "Dan Cruz",
        Some("promising"),
        "speaker-cue-comma-quote",
    );
    check(
        "No wonder Dan Cruz said, and I quote, “We love the poorly educated.”",
        "We love the poorly educated.",
        "Dan Cruz",
        "Dan Cruz",
        Some("said"),
        "speaker-cue-comma-quote",
    );
    check(
        "Because of how the party built the schedule, explained Rosenberg, “there is a scenario where she gets no airtime.”",
        "there is a scenario where she gets no airtime.",
        "Rosenberg",
        "Rosenberg",
        Some("explained"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn things_that_say_and_one_person_by_two_roles() {
    check(
        "The ad says “nothing will change until we elect new people.”",
        "nothing will change until we elect new people.",
        "The ad",
        "The ad",
        Some("says"),
        "speaker-cue-comma-quote",
    );
    check(
        "“America is great!” read one.",
        "America is great!",
        "one",
        "one",
        Some("read"),
        "quote-then-cue-speaker",
    );
    check(
        "“The north is run by a lunatic,” the Ohio senator and Republican candidate said.",
        "The north is run by a lunatic,",
        "the Ohio senator and Republican candidate",
        "the Ohio senator and Republican candidate",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn modifiers_of_acronyms_and_adverbs_before_the_cue() {
    check(
        "“There is concern,” super PAC spokeswoman Kelly Conn said.",
        "There is concern,",
        "Kelly Conn",
        "super PAC spokeswoman Kelly Conn",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "A spokesman for the mayor could only quip: “I guess the hall was booked.”",
        "I guess the hall was booked.",
        "A spokesman for the mayor",
        "A spokesman for the mayor",
        Some("quip"),
        "speaker-cue-colon-quote",
    );
}

#[test]
fn a_verb_that_takes_a_person_as_object_is_no_inverted_attribution() {
    let text =
        "Meg Whit, a former candidate for governor, labeled Mr. Tramp “unfit to be president.”";
    let q = &extract(text)[0];
    assert_eq!(q.speaker.as_ref().unwrap().name, "Meg Whit");
}

#[test]
fn an_appositive_of_age_and_place() {
    check(
        "“I would have been in prison,” Mr. Danil, now 81 and retired in Cambridge, Mass., said by telephone.",
        "I would have been in prison,",
        "Danil",
        "Mr. Danil",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_who_that_opens_no_relative_clause_of_the_subject() {
    check(
        "The debate grew so heated over who backed which bill that Gov. Chris Christo said, “I need a converter.”",
        "I need a converter.",
        "Chris Christo",
        "Gov. Chris Christo",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_paragraph_of_quotation_after_reported_speech() {
    let text =
        "Dan Howe said the campaign had lost its way.\n\n“Eight years ago she was the favorite.”";
    check(
        text,
        "Eight years ago she was the favorite.",
        "Dan Howe",
        "Dan Howe",
        None,
        "continuation-after-reported",
    );
}

#[test]
fn an_anonymous_source_and_what_it_knows() {
    check(
        "“He will run,” a source familiar with the talks said.",
        "He will run,",
        "a source familiar with the talks",
        "a source",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "Two people close to the campaign said, “It is over.”",
        "It is over.",
        "Two people close to the campaign",
        "Two people",
        Some("said"),
        "speaker-cue-comma-quote",
    );
    check(
        "Another source speaking to Fox News said, “They knew.”",
        "They knew.",
        "Another source speaking to Fox News",
        "Another source",
        Some("said"),
        "speaker-cue-comma-quote",
    );
    // "close to" after a name is no description of a source
    check(
        "Ann Lee, who is close to the campaign, said, “No.”",
        "No.",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_pronoun_after_a_relative_clause_is_the_subject() {
    check(
        "Voters split the contests, which is an outcome, she said, “we long expected.”",
        "we long expected.",
        "she",
        "she",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_sentence_of_attribution_alone_before_the_quote() {
    check(
        "The court ruled on Friday. Ann Lee said in a statement. “There are no problems.”",
        "There are no problems.",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "statement-then-quote",
    );
    // a sentence that reports something is reported speech, not a lead-in
    let text = "Ann Lee said the court erred. “There are no problems.”";
    let q = extract(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].rule, "continuation-after-reported");
    // nor does a sentence in another paragraph lead into a sentence that
    // goes on past its quotation
    let text = "Ann Lee said in a statement.\n\n“There are no problems,” the mayor said.";
    let q = &extract(text)[0];
    assert_eq!(q.rule, "quote-then-speaker-cue");
    assert_eq!(
        q.speaker.as_ref().unwrap().mention.as_ref().unwrap().text,
        "the mayor"
    );
    let text = "Ann Lee said in a statement.\n\nThe mayor arrived late. “There are problems.”";
    assert!(extract(text)
        .iter()
        .all(|q| q.rule != "statement-then-quote"));
}

#[test]
fn an_office_is_one_description() {
    check(
        "The chief of staff said, “We are ready.”",
        "We are ready.",
        "The chief of staff",
        "The chief of staff",
        Some("said"),
        "speaker-cue-comma-quote",
    );
    check(
        "“We are ready,” said the secretary of state.",
        "We are ready,",
        "the secretary of state",
        "the secretary of state",
        Some("said"),
        "quote-then-cue-speaker",
    );
    // "of" and a noun phrase of its own stays out: "a spokesman of state officials"
    check(
        "“We are ready,” said a spokesman of state officials.",
        "We are ready,",
        "a spokesman",
        "a spokesman",
        Some("said"),
        "quote-then-cue-speaker",
    );
}

#[test]
fn a_document_and_how_it_came_out() {
    check(
        "“We are ready,” a statement released by the campaign said.",
        "We are ready,",
        "a statement released by the campaign",
        "a statement",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "“We are ready,” the report released Friday said.",
        "We are ready,",
        "the report",
        "the report",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "A memo obtained by the Ledger said, “The plan is ready.”",
        "The plan is ready.",
        "A memo obtained by the Ledger",
        "A memo",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn the_owner_before_a_possessive_keeps_its_modifiers() {
    check(
        "“We will work with anyone,” the prime minister’s spokesman said.",
        "We will work with anyone,",
        "the prime minister’s spokesman",
        "the prime minister’s spokesman",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "“We will work with anyone,” Mr. Lund’s spokesman said.",
        "We will work with anyone,",
        "Mr. Lund’s spokesman",
        "Mr. Lund’s spokesman",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_possessive_in_s_with_its_mark_alone() {
    check(
        "“We raised more than we hoped,” Ann Lewis’ campaign said.",
        "We raised more than we hoped,",
        "Ann Lewis’ campaign",
        "Ann Lewis’ campaign",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_party_in_parentheses_before_an_appositive() {
    check(
        "“It is cruel,” Rep. Zoe Lund (D-Calif.), a panel member, said.",
        "It is cruel,",
        "Zoe Lund",
        "Rep. Zoe Lund",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_relative_and_a_possessive_before_a_name() {
    check(
        "“He was excited to come,” his nephew Ali el Sawy added.",
        "He was excited to come,",
        "Ali el Sawy",
        "his nephew Ali el Sawy",
        Some("added"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_credit_after_a_title_and_a_dash() {
    check(
        "POLLS NOT WRONG, JUST EARLY - Mark Blum: “The polls failed to see it.”",
        "The polls failed to see it.",
        "Mark Blum",
        "Mark Blum",
        None,
        "speaker-colon-quote",
    );
}

#[test]
fn a_participle_after_a_determiner_modifies_the_head() {
    check(
        "“We see no need for it,” the unsigned opinion said.",
        "We see no need for it,",
        "the unsigned opinion",
        "the unsigned opinion",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_thing_and_where_it_stands() {
    check(
        "“Welcome to the future!” a message on the website reads.",
        "Welcome to the future!",
        "a message on the website",
        "a message",
        Some("reads"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_year_inside_a_description() {
    check(
        "“She did not like that,” said a 2008 campaign veteran.",
        "She did not like that,",
        "a 2008 campaign veteran",
        "a 2008 campaign veteran",
        Some("said"),
        "quote-then-cue-speaker",
    );
}

#[test]
fn an_adjective_before_a_name() {
    check(
        "“We did not discuss that,” embattled Ann Ruiz said.",
        "We did not discuss that,",
        "Ann Ruiz",
        "Ann Ruiz",
        Some("said"),
        "quote-then-speaker-cue",
    );
    check(
        "“We did not discuss that,” warm-and-fuzzy Ann Ruiz said.",
        "We did not discuss that,",
        "Ann Ruiz",
        "Ann Ruiz",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_cue_inside_a_relative_clause_after_the_name_is_not_the_attribution() {
    let text =
        "“They ought not to decide it,” Warren, who has not endorsed a candidate, told the paper.";
    check(
        text,
        "They ought not to decide it,",
        "Warren",
        "Warren",
        Some("told"),
        "quote-then-speaker-cue",
    );
    // with no verb of speech after the clause the cue inside it stays
    let text =
        "“They ought not to decide it,” Warren, who has not endorsed a candidate, left the room.";
    check(
        text,
        "They ought not to decide it,",
        "Warren",
        "who",
        Some("endorsed"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_party_before_a_given_name_is_a_role() {
    let text = "“We will win,” said Democrat Ann Lee.";
    let q = check(
        text,
        "We will win,",
        "Ann Lee",
        "Democrat Ann Lee",
        Some("said"),
        "quote-then-cue-speaker",
    );
    assert_eq!(q.affiliation.unwrap().role.as_deref(), Some("Democrat"));
    // a party before no given name is part of the name
    check(
        "“We will win,” the Republican National Committee said.",
        "We will win,",
        "Republican National Committee",
        "the Republican National Committee",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_dateline_with_an_agency_is_no_subject() {
    let text = "Lakeside (AFP) – Mayor Ann Lee took aim at the plan, saying that “small steps” would not do.";
    let q = extract(text);
    let mention = q[0].speaker.as_ref().unwrap().mention.as_ref().unwrap();
    assert_eq!(mention.span, only(text, "Mayor Ann Lee"));
}

#[test]
fn a_colon_in_the_quotations_own_sentence_beats_continuation() {
    let text = "“We will win the county,” Omar Haddad said. Asked which county was her favourite, Ann Lee demurred: “Whichever one I am in at the moment.”";
    check(
        text,
        "Whichever one I am in at the moment.",
        "Ann Lee",
        "Ann Lee",
        None,
        "sentence-subject",
    );
    // a quotation on its own still continues the speaker before it
    let text = "“We will win the county,” Omar Haddad said. “Whichever one I am in at the moment.”";
    check(
        text,
        "Whichever one I am in at the moment.",
        "Omar Haddad",
        "Omar Haddad",
        None,
        "continuation-same-paragraph",
    );
}

#[test]
fn a_quotation_paragraph_continues_an_attributed_fragment_above() {
    let text = "Omar Haddad shot back in a statement, saying he had “made a lot of money in down markets.”\n\n“Frankly, this is the kind of thinking our country needs.”";
    check(
        text,
        "Frankly, this is the kind of thinking our country needs.",
        "Omar Haddad",
        "Omar Haddad",
        None,
        "continuation-next-paragraph",
    );
    // a fragment nothing attributes is continued by nobody
    let text = "The plan was a “bold stroke” for the town.\n\n“Frankly, this is the kind of thinking our country needs.”";
    let q = extract(text);
    assert!(q.iter().all(|q| q.speaker.is_none()));
}

#[test]
fn yet_another_speaks() {
    let text = "“It has been a long year,” added one delegate. Yet another said, “We are in a five-way race” for second place.";
    check(
        text,
        "We are in a five-way race",
        "another",
        "another",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_titled_name_after_an_aside_is_no_place() {
    let text = "On Tuesday in Berea, OH, after winning the state primary, Gov. Ann Lee (R-OH), said, “We are getting ready.”";
    check(
        text,
        "We are getting ready.",
        "Ann Lee",
        "Gov. Ann Lee",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn as_x_put_it_holds_its_own_subject() {
    let text = "Omar Haddad, who owed his election to, as one aide put it, an “extreme makeover” by the firm, fled.";
    check(
        text,
        "an “extreme makeover” by the firm, fled",
        "one aide",
        "one aide",
        Some("put it"),
        "speaker-cue-comma-quote",
    );
    // at the end of a sentence the clause before it is what was said
    let text = "The plan also carries risks, as Lakeside supporters point out.";
    let q = extract(text);
    assert_eq!(q[0].span, only(text, "The plan also carries risks"));
    let mention = q[0].speaker.as_ref().unwrap().mention.as_ref().unwrap();
    assert_eq!(mention.span, only(text, "Lakeside supporters"));
}

#[test]
fn a_dash_credit_beats_a_continued_speaker() {
    let text = "Some news outlets asked for copies as well.\n\n“We pay zero taxes on any of it.”\n\n- Omar Haddad.";
    check(
        text,
        "We pay zero taxes on any of it.",
        "Omar Haddad",
        "Omar Haddad",
        None,
        "dash-speaker",
    );
}

#[test]
fn other_and_a_plural_noun_speak() {
    let text = "Other bundlers said the plan works.";
    let q = extract(text);
    let mention = q[0].speaker.as_ref().unwrap().mention.as_ref().unwrap();
    assert_eq!(mention.span, only(text, "Other bundlers"));
}

#[test]
fn a_pronoun_before_the_cue_inside_a_relative_clause_is_its_subject() {
    let text = "The latest is Omar Haddad, the councilman who gained fame in 2009 when he yelled “You lie!” at the mayor.";
    let q = extract(text);
    let s = q[0].speaker.as_ref().unwrap();
    assert_eq!(s.name, "Omar Haddad");
    let he = text.find(" he ").unwrap() + 1;
    assert_eq!(s.mention.as_ref().unwrap().span, Span::new(he, he + 2));
    assert_eq!(q[0].cue.as_ref().unwrap().span, only(text, "yelled"));
}

#[test]
fn as_she_put_it_after_a_quotation_attributes_it() {
    let text =
        "Ann Lee pledges to “make the economy work for everyone,” as she put it on Wednesday.";
    let q = extract(text);
    let frag = q
        .iter()
        .find(|q| q.text == "make the economy work for everyone,")
        .unwrap();
    let s = frag.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Ann Lee");
    assert_eq!(s.mention.as_ref().unwrap().span, only(text, "she"));
    assert_eq!(frag.cue.as_ref().unwrap().span, only(text, "put it"));
}

#[test]
fn now_between_speaker_and_cue() {
    let text = "“We welcome refugees,” Ann Lee now says.";
    check(
        text,
        "We welcome refugees,",
        "Ann Lee",
        "Ann Lee",
        Some("says"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn a_dash_credit_with_a_place() {
    let text = "“The whole idea needs to stop.”\n\n- Ann Lee, Philadelphia.";
    check(
        text,
        "The whole idea needs to stop.",
        "Ann Lee",
        "Ann Lee",
        None,
        "dash-speaker",
    );
}

#[test]
fn a_description_after_a_quotation_without_its_comma() {
    let text = "“We are done here” the senator said.";
    check(
        text,
        "We are done here",
        "the senator",
        "the senator",
        Some("said"),
        "quote-then-speaker-cue",
    );
}

#[test]
fn an_aside_with_a_cue_of_belief_before_an_inverted_attribution() {
    let text = "“The number of cases that could change is stunning,” since so many were decided by 5-to-4 votes, said Ann Lee, who teaches law.";
    check(
        text,
        "The number of cases that could change is stunning,",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "quote-then-cue-speaker",
    );
}

#[test]
fn a_clause_with_its_own_speaker_after_and_before_the_quotation() {
    let text = "A woman asked for a photo and Ann Lee said, “As long as we break no rules.”";
    let q = check(
        text,
        "As long as we break no rules.",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "speaker-cue-comma-quote",
    );
    assert_eq!(q.kind, QuoteKind::Direct);
    // the request is no part of what was said
    assert!(extract(text)
        .iter()
        .all(|r| !r.text.contains("Ann Lee said")));
}

#[test]
fn a_statement_after_a_quotation_that_ends_its_sentence() {
    let text = "The audit began in May.\n\n“We will look into it.” Ann Lee said on Monday. The audit goes on.";
    let q = check(
        text,
        "We will look into it.",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "quote-then-statement",
    );
    assert_eq!(q.kind, QuoteKind::Direct);
    // a sentence that reports something of its own attributes nothing
    let text = "“We will look into it.” Ann Lee said the audit was over.";
    let q = &extract(text)[0];
    assert_eq!(q.text, "We will look into it.");
    assert!(q.speaker.is_none(), "{q:#?}");
}

#[test]
fn a_participle_after_and_then_and_its_subject() {
    let text = "And then Ann Lee went on the attack, saying, “Is the mayor going to resign?”";
    check(
        text,
        "Is the mayor going to resign?",
        "Ann Lee",
        "Ann Lee",
        Some("saying"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn an_office_in_lowercase_before_a_name() {
    let text = "“We are ready,” said secretary of state Ann Lee, a former senator.";
    let q = check(
        text,
        "We are ready,",
        "Ann Lee",
        "secretary of state Ann Lee",
        Some("said"),
        "quote-then-cue-speaker",
    );
    assert_eq!(
        q.affiliation.unwrap().role.as_deref(),
        Some("secretary of state")
    );
}

#[test]
fn a_titled_office_before_a_name_is_the_role_not_the_name() {
    let text = "“We are ready,” said Secretary of State Ann Lee.";
    let q = check(
        text,
        "We are ready,",
        "Ann Lee",
        "Secretary of State Ann Lee",
        Some("said"),
        "quote-then-cue-speaker",
    );
    assert_eq!(
        q.affiliation.unwrap().role.as_deref(),
        Some("Secretary of State")
    );
    // the canonical name leaves the title out wherever it stands
    let text = "“We are ready,” House Speaker Ann Lee said. “We always were.”";
    let quotes = extract(text);
    assert_eq!(quotes.len(), 2);
    for q in &quotes {
        assert_eq!(q.speaker.as_ref().unwrap().name, "Ann Lee", "{q:#?}");
    }
}

#[test]
fn a_participle_after_a_long_opening_phrase_and_a_dateline() {
    let text = "LAKESIDE, May 8 (UPI) — In response to the council’s plan to close the old bridge over the river for good, the mayor’s spokeswoman rallied supporters, saying: “We have to be ready to stop it.”";
    check(
        text,
        "We have to be ready to stop it.",
        "the mayor’s spokeswoman",
        "the mayor’s spokeswoman",
        Some("saying"),
        "speaker-cue-colon-quote",
    );
    // a clause of its own before the comma is no phrase to skip
    let text = "While she has dropped her attacks on the plan from her speeches, her campaign is planning to reprint an editorial.";
    assert!(extract(text).is_empty(), "{:#?}", extract(text));
}

#[test]
fn a_town_or_a_school_speaks_as_an_institution() {
    let text = "The town released a statement Wednesday saying, “It welcomes everyone.”";
    check(
        text,
        "It welcomes everyone.",
        "The town",
        "The town",
        Some("saying"),
        "speaker-cue-comma-quote",
    );
    let text = "“We will reopen on Monday,” the school said.";
    let q = check(
        text,
        "We will reopen on Monday,",
        "the school",
        "the school",
        Some("said"),
        "quote-then-speaker-cue",
    );
    assert_eq!(q.speaker.unwrap().entity, EntityKind::Organization);
}

#[test]
fn a_cue_coordinated_with_the_verb_before_keeps_its_subject() {
    let text = "The mayor noted that she taught law, and added: “I know a little about this.”";
    let q = check(
        text,
        "I know a little about this.",
        "The mayor",
        "The mayor",
        Some("added"),
        "speaker-cue-colon-quote",
    );
    assert_eq!(q.kind, QuoteKind::Direct);
    // a pronoun opening the clause before is its subject
    let text =
        "After Tom Ruiz, a campaign manager, was asked about it, he smiled and said, “We’ll see.”";
    let q = check(
        text,
        "We’ll see.",
        "Tom Ruiz",
        "he",
        Some("said"),
        "speaker-cue-comma-quote",
    );
    assert_eq!(q.kind, QuoteKind::Direct);
    // (not a pronoun inside the clause before: "Lee confirmed she had")
    let text = "Ann Lee confirmed she had been there and said, “It was a mess.”";
    check(
        text,
        "It was a mess.",
        "Ann Lee",
        "Ann Lee",
        Some("said"),
        "speaker-cue-comma-quote",
    );
}

#[test]
fn a_party_and_a_role_before_a_name() {
    let text = "Democratic front-runner Ann Lee said the plan failed and accused him of “lying to voters.”";
    let q = extract(text);
    let q = q.iter().find(|q| q.text.contains("lying")).unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Ann Lee");
    assert_eq!(
        s.mention.as_ref().unwrap().span,
        only(text, "Democratic front-runner Ann Lee")
    );
}

#[test]
fn a_passive_cue_with_its_agent_after_the_quotation() {
    let text = "The inquiry was often labeled a “witch hunt” by Tom Ruiz, a senator.";
    // (the reported clause ends before its agent)
    let q = check(
        text,
        "a “witch hunt”",
        "Tom Ruiz",
        "Tom Ruiz",
        Some("labeled"),
        "speaker-cue-comma-quote",
    );
    assert_eq!(q.affiliation.unwrap().role.as_deref(), Some("senator"));
}

#[test]
fn a_description_as_the_subject_of_a_sentence_with_a_fragment() {
    let text = "The ad targets a “corrupt political system that keeps the economy rigged.”";
    let q = check(
        text,
        "corrupt political system that keeps the economy rigged.",
        "The ad",
        "The ad",
        None,
        "sentence-subject",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
    // "Unless" opens a clause, not a subject
    let text = "Unless more rivals quit the race, “it is very hard to see how he is stopped.”";
    let q = &extract(text)[0];
    assert!(q.speaker.is_none(), "{q:#?}");
}

#[test]
fn an_office_in_lowercase_with_of_before_a_name() {
    let text = "“Welcome, all of you,” said master of ceremonies Dara Okafor, a teacher.";
    let q = check(
        text,
        "Welcome, all of you,",
        "Dara Okafor",
        "master of ceremonies Dara Okafor",
        Some("said"),
        "quote-then-cue-speaker",
    );
    assert_eq!(
        q.affiliation.as_ref().and_then(|a| a.role.as_deref()),
        Some("master of ceremonies")
    );
}

#[test]
fn a_title_inside_a_run_of_capitals_leaves_the_name() {
    // the run may open with a word that is also a given name ("Hope")
    let text = "Fox News President Ann Ruiz said the plan failed.";
    let q = &extract(text)[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Ann Ruiz");
    assert_eq!(
        s.mention.as_ref().unwrap().span,
        only(text, "Fox News President Ann Ruiz")
    );
    // a title before two words, given names or not
    let text = "Lakeside Party Committee Chairman Reince Okafor said the plan failed.";
    assert_eq!(
        extract(text)[0].speaker.as_ref().unwrap().name,
        "Reince Okafor"
    );
    // a capitalised role noun before a name
    let text = "Westfield City Public Advocate Trish Delgado said the plan failed.";
    assert_eq!(
        extract(text)[0].speaker.as_ref().unwrap().name,
        "Trish Delgado"
    );
    // an organisation is no person: "he" is Tom Ruiz
    let text =
        "Tom Ruiz spoke at the Republican Veterans Coalition on Monday. He said the plan failed.";
    let q = &extract(text)[0];
    assert_eq!(q.speaker.as_ref().unwrap().name, "Tom Ruiz");
}

#[test]
fn a_fragment_after_the_paragraphs_quotation_is_its_speakers() {
    let text = "“We won,” Ann Lee said. It was “a new day for the town.”";
    let q = check(
        text,
        "a new day for the town.",
        "Ann Lee",
        "Ann Lee",
        None,
        "continuation-same-paragraph",
    );
    assert_eq!(q.kind, QuoteKind::Partial);
    assert!(q.confidence < 0.9, "a fragment continues less surely");
    // "It was" speaks for no one; with no quotation before, no speaker
    let text = "The mayor spoke first. It was “a new day for the town.”";
    let q = &extract(text)[0];
    assert!(q.speaker.is_none());
}

#[test]
fn a_person_named_right_before_a_colon() {
    let text =
        "The surge doesn't surprise Republican pollster Dara Okafor: “It was expected all along.”";
    check(
        text,
        "It was expected all along.",
        "Dara Okafor",
        "Republican pollster Dara Okafor",
        None,
        "colon-lead-in",
    );
    // (a name after a preposition is whom it was said to)
    let text = "He sent a message to Dara Okafor: “We will win.”";
    let q = &extract(text)[0];
    assert_ne!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Dara Okafor")
    );
}

#[test]
fn a_clause_without_a_cue_ending_in_a_colon_introduces_the_next_paragraph() {
    let text = "Ruiz called them on it:\n\n“You are wrong about this.”";
    check(
        text,
        "You are wrong about this.",
        "Ruiz",
        "Ruiz",
        None,
        "colon-lead-in",
    );
    // an interjection is no subject
    let text = "Wait, it gets better:\n\n“You are wrong about this.”";
    assert!(extract(text)[0].speaker.is_none());
}

#[test]
fn an_as_clause_ending_in_a_colon_introduces_the_quotation() {
    let text = "As Ann Lee reported after the council appears to have dropped the plan:\n\n“The vote never happened.”";
    check(
        text,
        "The vote never happened.",
        "Ann Lee",
        "Ann Lee",
        Some("reported"),
        "colon-lead-in",
    );
}

#[test]
fn a_headline_echo_takes_the_headlines_own_mention() {
    let text = "Okafor On Budget Vote: ‘We Will Not Back Down’\n\n\
                Council member Dara Okafor spoke on Monday. “We will not back down,” she said.";
    let q = extract(text)
        .into_iter()
        .find(|q| q.rule == "headline-echo")
        .expect("the headline quotation");
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Dara Okafor");
    let at = only(text, "Okafor On").start;
    assert_eq!(
        s.mention.as_ref().unwrap().span,
        quote_attribution::Span::new(at, at + "Okafor".len())
    );
    // a headline that does not name them has no mention
    let text = "‘We Will Not Back Down.’\n\n\
                Council member Dara Okafor spoke on Monday. “We will not back down,” she said.";
    let q = extract(text)
        .into_iter()
        .find(|q| q.rule == "headline-echo")
        .expect("the headline quotation");
    assert!(q.speaker.as_ref().unwrap().mention.is_none());
}

#[test]
fn a_titled_office_with_the_and_a_title_of_the_persons_own() {
    let text = "Speaker of the House Rep. Ann Ruiz (D-VT) said “the vote stands.”";
    let q = &extract(text)[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Ann Ruiz");
    assert_eq!(
        q.affiliation.as_ref().and_then(|a| a.role.as_deref()),
        Some("Speaker of the House")
    );
}
