//! Word classes: the closed lists of words the rules test, read from
//! `classes.txt` (a word's classes travel with it in its
//! [`Lexeme`](super::lexeme::Lexeme), looked up once when it is tokenised).
//!
//! A rule asks `token.is(Class::Article)` (or, for a word it holds as a
//! string, `Class::Article.holds(word)`) instead of comparing strings. To add
//! a class, add a variant here and a section `@Name` to `classes.txt`; a
//! class the file does not define, or a section no variant names, fails the
//! `every_class_is_defined_once` test.

use super::table::{lines, PackedWordMap};
use once_cell::sync::Lazy;

macro_rules! word_classes {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A class of words (a section of `classes.txt`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub(crate) enum Class {
            $($(#[$doc])* $name,)*
        }

        /// Every class, in declaration order.
        pub(super) const ALL: &[Class] = &[$(Class::$name),*];
        /// The classes' names, as the section headers of `classes.txt` give them.
        const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

word_classes! {
    /// Past participles of speech verbs that do not end in -ed.
    IrregularParticiple,
    /// Forms of "be" before a passive participle.
    FormOfBe,
    /// Words before "states" that make it a noun ("battleground states").
    StatesQuantifier,
    /// Words after "state" that make it a verb of speech ("stated flatly").
    AfterStateVerb,
    /// Words after "state" that make it a noun ("a state like").
    StateAsNoun,
    /// Particles that make "point"/"call" a cue ("point out", "call for").
    CallParticle,
    /// Articles, lowercase or capitalised.
    ArticleAnyCase,
    /// Words that make the next noun a time ("last week").
    NextLastThis,
    /// Lemmas of verbs that name rather than report ("dub", "label").
    NamingLemma,
    /// Subject words a contracted cue attaches to ("he'd", "who'd").
    SubjectStem,
    /// Quantifiers of "one of them said".
    OneOfQuantifier,
    /// "of" and "to".
    OfTo,
    /// Forms of "make" ("made clear").
    FormOfMake,
    /// Words that may follow a cue idiom.
    AfterIdiom,
    /// "at", "during", "in".
    AtDuringIn,
    /// "here" and "there".
    HereThere,
    /// Words before a weekday or season ("last Monday").
    TimeModifier,
    /// Weekdays and other nouns of time.
    TimeWord,
    /// Past forms of verbs of saying, knowing and finding.
    PastReportVerb,
    /// Articles and "this".
    ArticleOrThis,
    /// "asked" in either case.
    Asked,
    /// Words before "asked" that make it a question put to the subject.
    BeforeAsked,
    /// "about" and "to".
    AboutTo,
    /// Capitalised verbs of speech in headlines ("Slams", "Tells").
    HeadlineVerb,
    /// "in", "of", "on".
    InOfOn,
    /// Articles and possessive determiners.
    ArticleOrPossessive,
    /// Prepositions before a time phrase.
    TimePreposition,
    /// Articles, lowercase.
    Article,
    /// Lemmas of cues that lead in a statement.
    StatementLemma,
    /// "and", "but".
    AndBut,
    /// "with" in either case.
    With,
    /// Function words that may stand before a name.
    FunctionWordBeforeName,
    /// Subordinators opening a clause inside a sentence.
    ClauseSubordinator,
    /// Conjunctions of contrast.
    ContrastConjunction,
    /// Subordinators opening a sentence.
    OpeningSubordinator,
    /// "the" in either case.
    The,
    /// Sentence-opening links, "Also" included.
    OpeningLinkAlso,
    /// Sentence-opening links.
    OpeningLink,
    /// "at", "from", "in", "of".
    AtFromInOf,
    /// Words that link a cue to what follows.
    ClauseLinkAfterCue,
    /// "as" in either case.
    As,
    /// Conjunctions opening a sentence.
    OpeningConjunction,
    /// Objects of a cue naming the hearer ("told reporters").
    HearerObject,
    /// Finite verbs after a participle phrase.
    FiniteAfterParticiple,
    /// Past forms of common verbs that are no cue.
    LightPastVerb,
    /// Lemmas of "talk" verbs.
    TalkLemma,
    /// Lemmas of "ask" verbs.
    AskLemma,
    /// Lemmas of cues taking an addressee ("tell", "warn").
    AddresseeLemma,
    /// Subject pronouns and "there", lowercase.
    SubjectWordLower,
    /// Determiners.
    Determiner,
    /// "today", "tonight", "yesterday".
    DeicticDay,
    /// Words that introduce a topic after a cue.
    TopicPreposition,
    /// Nouns of sourcing terms ("on condition of anonymity").
    SourcingNoun,
    /// Words before a time phrase.
    TimeLead,
    /// Subjects of a clause, "I" capitalised.
    ClauseSubject,
    /// "and", "but", "or".
    AndButOr,
    /// Lemmas of speech verbs without a direct object.
    IntransitiveSpeechLemma,
    /// "which", "who".
    WhichWho,
    /// "Last", "This".
    LastThis,
    /// Seasons and other spans of time.
    Season,
    /// Capitalised words opening an adverbial before a subject.
    AdverbialOpener,
    /// Adverbs of relative time ("ago", "later").
    RelativeTimeAdverb,
    /// Capitalised adverbs of time opening a sentence.
    TimeOpener,
    /// Words after "that NOUN" that make "that" a determiner.
    AfterThatNoun,
    /// "that", "which", "who".
    ThatWhichWho,
    /// Subordinators of time.
    TemporalSubordinator,
    /// Words introducing a subordinate clause.
    ClauseIntroducer,
    /// Words joining a clause to what came before.
    ClauseJoiner,
    /// Lemmas of verbs that label or mock.
    LabellingLemma,
    /// Capitalised words that open a sentence but are no subject.
    NonSubjectOpener,
    /// Capitalised links before a sentence's subject.
    OpeningLinkShort,
    /// Words ending an opening phrase before a subject.
    SubjectOpenerTail,
    /// "And", "But".
    AndButCapitalised,
    /// "so", "then".
    SoThen,
    /// Words closing a time phrase ("weeks ago").
    TimeSpanWord,
    /// Words opening a time phrase ("early", "last").
    TimeChunkStart,
    /// Prepositions and conjunctions a subject does not end in.
    LinkWord,
    /// "it" in either case.
    ItAnyCase,
    /// Verbs after an impersonal "it".
    AfterIt,
    /// "that".
    That,
    /// Object and reflexive pronouns.
    ObjectPronoun,
    /// "a", "an".
    IndefiniteArticle,
    /// Particles and conjunctions after a naming verb.
    AfterCalled,
    /// Words too slight to be the content of a quote.
    NonContentWord,
    /// Question words.
    QuestionWord,
    /// Weekdays.
    Weekday,
    /// Words that start a clause of their own.
    ClauseStartWord,
    /// Subject pronouns.
    SubjectPronoun,
    /// Prepositions inside an appositive.
    AppositivePreposition,
    /// Words joining a run of capitalised words.
    NameRunJoiner,
    /// Political party adjectives.
    PartyAdjective,
    /// Relative pronouns.
    RelativePronoun,
    /// "and", "or".
    AndOr,
    /// Reflexive pronouns.
    ReflexivePronoun,
    /// Prepositions of an aside.
    AsidePreposition,
    /// "from", "in", "of".
    FromInOf,
    /// "who", "whose".
    WhoWhose,
    /// Words opening an aside between a speaker and a cue.
    AsideOpener,
    /// Adverbs of former time in an appositive.
    FormerAdverb,
    /// Conjunctions opening a sentence.
    SentenceConjunction,
    /// Capitalised quantifiers heading a group.
    GroupQuantifier,
    /// "one", "another".
    OneAnother,
    /// Heads of a partitive ("some of").
    PartitiveHead,
    /// "them", "those", "us".
    ThemThoseUs,
    /// Prepositions after a role noun.
    RolePreposition,
    /// Prepositions of place.
    LocationPreposition,
    /// "and", "for", "of".
    AndForOf,
    /// Articles, "another" and "one".
    ArticleOrOne,
    /// Possessive determiners.
    PossessiveDeterminer,
    /// Words of number and proportion.
    FractionWord,
    /// Capitalised heads of a generic group.
    GenericGroupHead,
    /// "in", "of".
    InOf,
    /// "this", "that".
    ThisThat,
    /// Words that end a noun phrase.
    NamePhraseStop,
    /// Prepositions before an organisation.
    OrgPreposition,
    /// Participles of polls.
    PollParticiple,
    /// Prepositions inside a description.
    DescriptionPreposition,
    /// "of", "the".
    OfThe,
    /// Participles of things seen or sent.
    NonSpeakingParticiple,
    /// Participles of naming.
    NamingParticiple,
    /// Words after a participle.
    ParticipleModifier,
    /// "at", "from", "of".
    AtFromOf,
    /// Function words.
    FunctionWord,
    /// Plurals of things, not people.
    ThingPlural,
    /// Quantifiers of a generic description.
    GenericQuantifier,
    /// Determiners of a description.
    DescriptionDeterminer,
    /// Common past verbs that end a description.
    PastVerb,
    /// "he", "she", "it" in either case.
    HeSheIt,
    /// Words that end a name.
    NameStop,
    /// Prepositions before a place or time.
    PlaceOrTimePreposition,
    /// Words opening a nested clause.
    NestedClauseStart,
    /// Pronouns resolved to whom they stand for ("he", "her", "it").
    ResolvablePronoun,
    /// Short words inside a title.
    TitleSmallWord,
    /// Capitalised words that open a sentence.
    SentenceOpener,
    /// Capitalised function words that break a run of names.
    CapitalisedFunctionWord,
    /// Particles of cue idioms.
    IdiomParticle,
    /// Elided words after an apostrophe ("'em", "'til").
    Elision,
    /// Auxiliaries and other verbs a cue may follow.
    Auxiliary,
    /// Words in -ly that are nouns, not adverbs ("the Khan family says").
    LyNoun,
    /// Prepositions whose object is no subject of a verb after it.
    Preposition,
    /// Cue verbs whose -s form is as often a plural noun ("the state reports").
    NounishLemma,
    /// Cues that take an object and do not invert after a quotation ("“Q,” described the impact" is no attribution).
    NotInvertedLemma,
    /// Newsroom rubrics that are no source before a colon ("The Latest:").
    Rubric,
    /// Words that cannot stand between a leading cue and its quote: they start a reported clause ("said the fund would “…”").
    GapStop,
    /// Adverbs that comment on a clause, set off by commas or not: "said, however, that …", "The poll has, however, revealed …".
    DiscourseAdverb,
    /// Words that may stand between a cue and its speaker.
    GapWord,
    /// Cues whose object follows "to" ("referred to the plan as …").
    ToCueLemma,
    /// Nouns of the findings that speak through "in": "in a new poll".
    PollNoun,
    /// Months, which date a noun after them ("her March comment").
    Month,
    /// Words that can follow a cue that ends its attribution ("…, X said on Monday", "…, X told reporters", "…, X said in a statement").
    AfterSpeech,
    /// Verbs that make a clause of the words around them.
    FiniteAuxiliary,
    /// Prepositions that open a sentence with a phrase before its subject ("In response to …, X said"); their phrase holds no subject of its own.
    OpeningPreposition,
    /// Cues after which the next words are, as a rule, what was said.
    SayingLemma,
    /// Words after an object that show it is no subject.
    FunctionAfterObject,
    /// Determiners of a speaker description (any case).
    SpeakerDeterminer,
    /// Lowercase particles inside a name ("de", "van").
    NameParticle,
    /// Capitalised words that open sentences but are never part of a name.
    NonNameOpener,
    /// Adjectives that qualify a role before a titled name ("former Sen. Ann Ruiz", "longtime Fox News host Sam Reed").
    RoleAdjective,
    /// Number words heading a group ("two", "three").
    NumberWord,
    /// Role nouns that name an organisation rather than a person.
    OrgRoleNoun,
    /// Cues that give a name or a label ("called Rubio “Little Marco”"): what they quote is a fragment, not an utterance.
    NamingCueLemma,
    /// Description heads that stand for any organisation named before.
    GenericOrgHead,
    /// Past cue forms that may open a sentence inverted ("Said Quist, …"), lowercase.
    InvertedPastCue,
    /// Quantifiers that can stand alone as a subject ("Most say"), lowercase.
    SubjectQuantifier,
    /// Units of time that close an opening phrase ("Two weeks later").
    TimeUnit,
    /// Party nouns: role nouns that name no office or trade, lowercase.
    PartyNoun,
    /// Approximators before a number or quantity ("nearly half"), lowercase.
    Approximator,
    /// What an approximator may stand before as a whole subject, lowercase.
    ApproximatedGroup,
    /// Nouns of quantity before "of" and a group ("a number of protesters"), lowercase.
    QuantityNoun,
    /// Names of the calendar, which name no one ("May and October").
    CalendarName,
    /// Heads of descriptions that bring in a source of their own, never
    /// another way of naming someone named ("the official", "the spokesman").
    SourceNoun,
    /// Documents, through which their author speaks ("the statement").
    DocumentNoun,
    /// Words that open reported words as a question ("asked whether …").
    QuestionOpener,
    /// Nouns for a place as an actor ("the city said"), lowercase.
    PlaceNoun,
    /// Verbs of saying that say something only with a clause ("added a
    /// goal", "wrote off assets").
    ClauseOnlyLemma,
    /// Words that negate the verb after them ("did not say").
    Negation,
    /// "his", a possessive of a man.
    MasculinePossessive,
    /// "her", a possessive of a woman.
    FemininePossessive,
}

/// A set of classes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ClassSet(pub(super) [u64; 3]);

impl ClassSet {
    /// Whether the set holds `class`.
    #[inline]
    pub(crate) fn has(&self, class: Class) -> bool {
        let i = class as usize;
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    /// The classes of either set.
    #[inline]
    pub(crate) fn union(self, other: ClassSet) -> ClassSet {
        let [a, b, c] = self.0;
        let [x, y, z] = other.0;
        ClassSet([a | x, b | y, c | z])
    }

    fn insert(&mut self, class: Class) {
        let i = class as usize;
        self.0[i / 64] |= 1 << (i % 64);
    }
}

/// The classes of every spelling `classes.txt` lists.
pub(super) static CLASS_SETS: Lazy<PackedWordMap<ClassSet>> = Lazy::new(|| {
    let mut map: PackedWordMap<ClassSet> = PackedWordMap::default();
    let mut class = None;
    for line in lines(include_str!("classes.txt")) {
        if let Some(name) = line.strip_prefix('@') {
            class = class_named(name.trim());
            continue;
        }
        let Some(class) = class else { continue };
        for word in line.split_whitespace() {
            map.get_or_insert_with(word, ClassSet::default)
                .insert(class);
        }
    }
    map
});

/// The classes of `word` (exact spelling).
#[inline]
pub(crate) fn classes_of(word: &str) -> ClassSet {
    CLASS_SETS.get(word).copied().unwrap_or_default()
}

fn class_named(name: &str) -> Option<Class> {
    let i = NAMES.iter().position(|&n| n == name)?;
    ALL.get(i).copied()
}

impl Class {
    /// Whether `word` (exact spelling) belongs to the class.
    #[inline]
    pub(crate) fn holds(self, word: &str) -> bool {
        classes_of(word).has(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_is_defined_once() {
        let headers: Vec<&str> = lines(include_str!("classes.txt"))
            .filter_map(|l| l.strip_prefix('@'))
            .map(str::trim)
            .collect();
        assert_eq!(
            headers, NAMES,
            "classes.txt's sections, in the order of `Class`"
        );
        assert!(ALL.len() <= 192, "a ClassSet holds 192 classes");
        for (i, class) in ALL.iter().enumerate() {
            assert_eq!(*class as usize, i);
        }
    }

    #[test]
    fn words_have_their_classes() {
        assert!(Class::Article.holds("the"));
        assert!(!Class::Article.holds("The"));
        assert!(Class::The.holds("The"));
        assert!(Class::Weekday.holds("Monday") && Class::TimeWord.holds("Monday"));
        assert!(!Class::Weekday.holds("monday"));
    }
}
