//! The words of events other than transfers: one table per kind, each row a pattern and
//! the value it stands for. Rules in the sibling files spell no words of their own.
//! Patterns are case-insensitive unless they say otherwise, and matched on word boundaries.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

/// One row of a table: a pattern and what it means (a form, an action, a measure…).
pub(crate) struct Row {
    pub pattern: &'static str,
    pub value: &'static str,
}

const fn row(pattern: &'static str, value: &'static str) -> Row {
    Row { pattern, value }
}

/// A table's rows compiled, in table order: where two rows match at one place, the earlier
/// row wins.
pub(crate) struct Table {
    rows: &'static [Row],
    regexes: Vec<Regex>,
}

/// One match of a table row.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub value: &'static str,
}

impl Table {
    fn new(rows: &'static [Row]) -> Table {
        let regexes = rows
            .iter()
            .map(|r| regex(&format!(r"(?i)\b(?:{})\b", r.pattern)))
            .collect();
        Table { rows, regexes }
    }

    /// Every match in `text`, in order, without overlaps (earlier rows first, then longer).
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut all: Vec<(usize, Hit)> = Vec::new();
        for (rank, (row, re)) in self.rows.iter().zip(&self.regexes).enumerate() {
            all.extend(re.find_iter(text).map(|m| {
                let hit = Hit {
                    start: m.start(),
                    end: m.end(),
                    value: row.value,
                };
                (rank, hit)
            }));
        }
        all.sort_by_key(|(rank, h)| (*rank, h.start));
        let mut kept: Vec<Hit> = Vec::new();
        for (_, h) in all {
            if !kept.iter().any(|k| k.start < h.end && h.start < k.end) {
                kept.push(h);
            }
        }
        kept.sort_by_key(|h| h.start);
        kept
    }
}

fn regex(pattern: &str) -> Regex {
    crate::re::build(&ascii_words(pattern)).expect("event pattern compiles")
}

/// `\w` and `\b` of ASCII words: with the Unicode ones the lazy DFA gives up on text with
/// curly quotes, or builds large state sets sentence after sentence, and the words of these
/// tables are English. Names keep `\p{L}` where they need it.
fn ascii_words(pattern: &str) -> String {
    pattern
        .replace(r"\w", "[A-Za-z0-9_]")
        .replace(r"\b", r"(?-u:\b)")
}

// ---------------------------------------------------------------------------------------
// Agreements

/// Names of the paper signed, with the form each stands for.
const AGREEMENT_ROWS: &[Row] = &[
    row(
        r"(?:inter-?governmental|government-to-government) agreements?",
        "intergovernmental-agreement",
    ),
    row(r"framework (?:agreements?|deals?)", "framework-agreement"),
    row(
        r"memorand(?:um|a)(?: of understanding)?|MoUs?",
        "memorandum",
    ),
    row(r"letters? of intent|LoIs?", "letter-of-intent"),
    row(r"treat(?:y|ies)", "treaty"),
    row(r"accords?|pacts?", "agreement"),
    row(r"road ?maps?|protocols?", "roadmap"),
    row(r"agreements?", "agreement"),
];
pub(crate) static AGREEMENTS: LazyLock<Table> = LazyLock::new(|| Table::new(AGREEMENT_ROWS));

/// The capitalised words after a paper's noun that continue its name: "of Good-Neighbourliness,
/// Friendship and Cooperation", "between Russia and China on Military Cooperation".
pub(crate) static CAPITALISED_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?:,?\s+(?:(?:of|on|between|for|and|the|in)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)+")
});

/// The gap between a sum and the paper it prices ("a $4.75 billion agreement", "a $62
/// billion umbrella agreement"): such a paper is a contract for arms.
pub(crate) static PRICED_GAP: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^\s*(?:[\w-]+\s+)?$"));

/// Verbs of making an agreement: with one in the sentence, a paper is an event.
pub(crate) static SIGNING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:sign(?:ed|s|ing)?|inked|conclud(?:ed|es|e|ing)|initial(?:l)?ed|reached|entered into|ratif(?:ied|ies|y)|struck|agreed (?:on|to))\b",
    )
});

/// Words right after the paper that make it a contract for arms, i.e. a transfer: "an
/// agreement for the supply of 24 jets", "an agreement covering up to 272 F-16s", "worth".
pub(crate) static FOR_ARMS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s*(?:,\s*)?(?:with\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*)*\s+)?(?:(?:for|on|covering|about)\s+(?:the\s+)?(?:(?:possible|future|further)\s+)?(?:supply|delivery|deliveries|purchase|sale|acquisition|procurement|lease|transfer)\b|(?:for|covering)\s+(?:up\s+to\s+|about\s+|some\s+)?\d|worth\b|valued\b|to\s+(?:buy|sell|supply|purchase|acquire|procure|deliver)\b)",
    )
});

// ---------------------------------------------------------------------------------------
// Meetings

/// Meeting words. A verb followed by an object that is a thing, not a person ("met its
/// obligations", "meet the needs") is dropped by `NOT_A_MEETING_AFTER`.
const MEETING_ROWS: &[Row] = &[
    row(
        r"held talks|holds? talks|talks (?:with|between)|negotiations (?:with|between)",
        "talks",
    ),
    row(r"meetings?|met|meets?|meeting with", "meeting"),
    row(r"summits?", "summit"),
    row(r"(?:trip|visit|travell?ed) to|visit(?:ed|s)?", "visit"),
];
pub(crate) static MEETINGS: LazyLock<Table> = LazyLock::new(|| Table::new(MEETING_ROWS));

/// "will be met on schedule": a passive "met" is not a meeting.
pub(crate) static NOT_A_MEETING_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:be|been|being|was|were|is|are)\s+$"));

/// "a visit by King Salman to Beijing": the place after the visitor.
pub(crate) static VISIT_TO: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s+by\s+[^,.;]{1,40}?\s+to\s+"));

pub(crate) static NOT_A_MEETING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s+(?:its|their|his|her|our|the|all|a|an)?\s*(?:own\s+)?(?:obligations?|needs?|requirements?|demands?|deadlines?|standards?|targets?|criteria|expectations|commitments?|goals?|conditions)\b",
    )
});

/// Nouns that may close a place's capitalised name ("the Novo-Ogaryovo residence").
pub(crate) static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:in|at|outside|near)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:residence|palace|cosmodrome|base|headquarters|airshow|summit|forum|compound|airport|airbase|naval base|port))?)",
    )
});

/// A name right after these words is where something happened, not who took part.
pub(crate) static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:in|at|outside|near|visit(?:ed|s|ing)?|visit to|trip to|arrived in|travell?ed to|(?:visit|trip)\s+by\s+[^,.;]{1,40}?\s+to|(?:sea|gulf|bay|straits?|ocean) of)\s+(?:the\s+)?$",
    )
});

// ---------------------------------------------------------------------------------------
// Exercises

/// Nouns of military exercises.
pub(crate) static EXERCISE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers|joint patrols?)\b")
});

/// "exercise" used as a verb: a modal or "to" before it, or an object after it.
pub(crate) static EXERCISE_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:to|will|would|could|can|cannot|may|might|should|must|shall|not|did|does|do)\s+$",
    )
});
pub(crate) static EXERCISE_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s+(?:its|their|his|her|our|this|that|any|some|greater|more|full|caution|restraint|control|influence|power|pressure|options?|rights?|sovereignty|jurisdiction|authority|leverage|veto|discretion|judgement|judgment|oversight)\b",
    )
});

/// Exercises known by name; with a year ("Vostok-2018") they need no noun.
pub(crate) static KNOWN_EXERCISE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:Joint Sea|Zapad|Vostok|Tsentr|Kavkaz|Peace Mission|Indra|Malabar|RIMPAC|Red Flag|Cope India|Cobra Gold|Balikatan|Talisman Sabre|Steadfast Defender|BALTOPS|Sea Breeze|Freedom Shield|Ulchi Freedom Shield|Foal Eagle|Key Resolve|Defender Europe|Pitch Black|Garuda Shield|Varuna|Shaheen|Northern Edge|Trident Juncture|Cold Response|Union Resolve|Maritime Security Belt|Northern Interaction|Sea Dragon|Anatolian Eagle)(?:[- ]\d{2,4})?\b",
    )
});

/// Other names of the "Name-2022" shape, taken only next to an exercise noun.
pub(crate) static NAME_WITH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\b\p{Lu}[\p{L}]+(?:[ -]\p{Lu}[\p{L}]+){0,2}-20\d\d\b"));

/// Words after a "Name-2022" that make it a forum or show.
pub(crate) static NOT_AN_EXERCISE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s*(?:international\s+)?(?:military-technical\s+)?(?:forum|expo|exhibition|show|salon|airshow|conference|summit|games|contest)",
    )
});

/// Quoted names next to an exercise noun: "the joint exercise “Union Resolve-2022”".
pub(crate) static QUOTED: LazyLock<Regex> = LazyLock::new(|| regex(r#"["“«]([^"”»]{2,40})["”»]"#));

/// Where an exercise is held, as a domain.
const DOMAIN_ROWS: &[Row] = &[
    row(
        r"naval|navy|navies|maritime|at sea|sea|anti-submarine",
        "naval",
    ),
    row(
        r"air force|air forces|aerial|air|bombers?|airborne|aviation",
        "air",
    ),
    row(
        r"ground forces|ground|land|army|armies|tank|artillery",
        "land",
    ),
];
pub(crate) static DOMAINS: LazyLock<Table> = LazyLock::new(|| Table::new(DOMAIN_ROWS));

// ---------------------------------------------------------------------------------------
// Sanctions

/// What is done with sanctions; earlier rows win ("would impose sanctions" is a threat).
const SANCTION_ROWS: &[Row] = &[
    row(
        r"(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|waiv(?:ed|es|ing)|remov(?:ed|es|ing)) (?:\w+ ){0,3}sanctions|sanctions (?:were|have been|had been|was|are) (?:lifted|eased|waived)|(?:sanctions |CAATSA )?waivers?",
        "lifted",
    ),
    row(
        r"threat of (?:\w+ ){0,2}sanctions|threaten(?:ed|s|ing)? (?:\w+ ){0,4}(?:with )?sanctions|(?:could|would|may|might|will|to) (?:\w+ ){0,2}impose (?:\w+ ){0,2}sanctions|(?:risk(?:s|ed|ing)?|fac(?:es|ed|ing)|(?:could|would|may|might|will|to) face) (?:\w+ ){0,2}sanctions",
        "threatened",
    ),
    row(
        r"impos(?:ed|es|ing|ition of) (?:\w+ ){0,3}(?:sanctions|restrictions|an? (?:arms )?embargo)|(?:sanctions|restrictive measures|an? (?:arms )?embargo) (?:were|was|have been|had been) (?:imposed|introduced)|sanctioned|blacklist(?:ed|s|ing)?|added (?:[\w'’.,-]+ ){0,8}to (?:the|its) (?:\w+ )?(?:Entity List|blacklist|sanctions list|SDN list)|(?:placed|put) (?:[\w'’.,-]+ ){0,8}(?:on|under) (?:the )?(?:\w+ )?(?:sanctions|Entity List|blacklist)|designated (?:[\w'’.,-]+ ){0,4}under|introduc(?:ed|tion of) (?:\w+ ){0,2}sanctions",
        "imposed",
    ),
];
pub(crate) static SANCTIONS: LazyLock<Table> = LazyLock::new(|| Table::new(SANCTION_ROWS));

/// Legal bases of sanctions.
pub(crate) static SANCTION_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:(?:CAATSA|Countering America's Adversaries Through Sanctions Act)(?:\s+[Ss]ection\s+\d+|\s+[Ss]anctions\s+Act|\s+[Ll]aw|\s+Act)?|[Ss]ection\s+\d+\s+of\s+(?:the\s+)?CAATSA|Entity List|Specially Designated Nationals(?:\s+[Ll]ist)?|SDN [Ll]ist|Executive Order\s+\d+|International Traffic in Arms Regulations|ITAR|Export Administration Regulations)\b",
    )
});

/// Cues that hold their targets inside: "added three firms to the Entity List".
pub(crate) static LISTING: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^(?:added|placed|put)\b"));

/// Words in the cue that make the sentence passive: the target comes before, the imposer after "by".
pub(crate) static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:blacklisted|sanctioned|added|placed|put|designated)\b",
    )
});

pub(crate) static BY_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^\s*by\b"));

/// Where a target list ends: a reason or a basis follows.
pub(crate) static TARGETS_END: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:due to|because|over|for|after|in response|under|within|as|which|who|that|in connection)\b|[;:(]",
    )
});

/// Words before the targets of a sanction.
pub(crate) static ON_OR_AGAINST: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^\s*(?:on|against|targeting)\s+(?:the\s+)?"));

// ---------------------------------------------------------------------------------------
// Figures

/// What an aggregate figure measures.
const MEASURE_ROWS: &[Row] = &[
    row(
        r"(?:export )?order portfolio|portfolio of (?:\w+ ){0,3}orders|order book|(?:export )?portfolio",
        "order-portfolio",
    ),
    row(
        r"(?:arms |weapons |defen[cs]e )?exports?|exporters?",
        "exports",
    ),
    row(
        r"(?:arms |weapons |defen[cs]e )?imports?|importers?",
        "imports",
    ),
    row(
        r"(?:annual |total )?deliveries|(?:arms |weapons |defen[cs]e )sales|revenues?",
        "deliveries",
    ),
];
pub(crate) static MEASURES: LazyLock<Table> = LazyLock::new(|| Table::new(MEASURE_ROWS));

/// Words that make trade words an aggregate rather than one deal: a share, a total.
pub(crate) static AGGREGATE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:total|overall|annual|combined|all|global|world(?:'s|’s)?|share|worth of (?:arms|weapons|military)|portfolio)\b",
    )
});

/// "X accounts for 15 %": the subject stands before these words.
pub(crate) static ACCOUNTS_FOR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:(?:accounts?|accounted|accounting) for|(?:makes?|made) up|took|takes|received|receives)\b",
    )
});

/// The capitalised words right before "accounts for": a subject the catalog may not know.
pub(crate) static SUBJECT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?:\s+alone)?\s*$"));

/// "X's share", "X's exports", "Russian exports": the subject right before the measure.
pub(crate) static POSSESSIVE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:['’]s?)?\s+(?:(?:share|part)\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+){0,3})?(?:total\s+|overall\s+|annual\s+|global\s+|arms\s+|weapons\s+|defen[cs]e\s+|export\s+)*$",
    )
});

/// A possessive ending right after a name.
pub(crate) static POSSESSIVE_S: LazyLock<Regex> = LazyLock::new(|| regex(r"^['’]s\b"));

/// "its order portfolio": the subject of the clause owns the figure.
pub(crate) static ITS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?$"));

/// "orders from Indian customers", "cooperation with China": the subject after the measure.
pub(crate) static WITH_OR_FROM: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:with|from|of)\s+(?:the\s+)?$"));

/// A number that is a share: "15 %", "42 per cent".
pub(crate) static PERCENT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^\s*(?:%|per\s?cent\b|percent\b)"));

// ---------------------------------------------------------------------------------------
// People's roles

/// Role nouns, with the words that may precede them ("Deputy Prime Minister").
const ROLE: &str = r"(?:(?:first|deputy|vice|acting|former|then|chief|senior|executive|managing|general|prime|foreign|defen[cs]e|finance|trade|industry|interior|economy|state|special|presidential)[ -])*(?:minister(?: of (?:defen[cs]e|foreign affairs|state|industry and trade))?|president|premier|chancellor|king|crown prince|emir|sultan|ambassador(?: to \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?|head|chief(?: executive(?: officer)?| of (?:the )?(?:general )?staff)?|CEO|director(?:[- ]general)?|chair(?:man|woman|person)?|spokes(?:man|woman|person)|secretary(?:[- ]general)?|commander(?:[- ]in[- ]chief)?|envoy|adviser|advisor|governor|administrator|under-?secretary|undersecretary)";

/// Words that may name the organisation after "of": capitalised words joined by small words.
const ORG_WORDS: &str = r"(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)*";

/// A role phrase ending right before a person: "Rosoboronexport CEO ", "the head of Rostec, ".
pub(crate) static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"\b(?i:{ROLE})(?:\s+(?:of|at|for)\s+{ORG_WORDS})?,?\s+$"
    ))
});

/// A role phrase right after a person: ", director of the FSVTS", ", the Rosoboronexport chief".
pub(crate) static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^,\s+(?:who (?:is|was) (?:(?:[\w'’-]+\s+){{0,5}}and\s+)?)?(?:(?:the|a|an)\s+)?(?:(?:\p{{Lu}}[\p{{L}}'’-]*|[\p{{L}}]+['’]s)\s+){{0,3}}(?i:{ROLE})\b(?:\s+(?:of|at|for)\s+{ORG_WORDS})?"
    ))
});

/// Just the role noun phrase inside a role match.
pub(crate) static ROLE_WORDS: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"\b(?i:{ROLE})\b")));

// ---------------------------------------------------------------------------------------
// Shared

/// Indices of the kinds in [`TRIGGER`].
pub(crate) const AGREEMENT: usize = 0;
pub(crate) const MEETING: usize = 1;
pub(crate) const EXERCISE: usize = 2;
pub(crate) const SANCTION: usize = 3;
pub(crate) const FIGURE: usize = 4;

/// A cue of each event kind, in the order of the indices above: a sentence is analysed only
/// for the kinds whose cue it has, and not at all without one.
pub(crate) static TRIGGER: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(
        [
        r"(?i)\b(?:agreements?|memorand|MoU|treat(?:y|ies)|accords?|pacts?|letters? of intent|road ?maps?|protocols?)",
        r"(?i)\b(?:met|meets?|meetings?|talks|negotiations|summits?|visit\w*|trip to|arrived in)\b",
        r"(?i)\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers|patrols?)\b",
        r"(?i)\b(?:sanction|blacklist|Entity List|CAATSA|embargo|restrictive measures|waiver|Executive Order|SDN|Specially Designated|ITAR|Export Administration)",
        // Figures: trade words are everywhere in arms news, so only a share or an aggregate
        // word lets a sentence in.
        r"(?i)portfolio|order book|%|\bper ?cent\b|\bpercent\b|\b(?:total|overall|annual|combined|global|world(?:'s|’s)?|share)\b",
        ]
        .map(ascii_words),
    )
    .expect("trigger set compiles")
});

/// A capitalised run of name words, possibly with "of the" inside ("Technology
/// Development Department of the Central Military Council").
pub(crate) static CAPITALISED_RUN: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"^\s*{ORG_WORDS}")));

/// Where a clause ends: a date or party beyond it belongs to something else.
pub(crate) static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)[;:]|,\s+(?:and|but|while|which|who|as|after|when|during)\b|\b(?:after|because|while|whereas)\b",
    )
});

/// Denied: "produced no public agreement", "did not sign".
pub(crate) static NEGATED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\b(?:no|not|never|without|n't|neither|nor)\s+(?:[\w-]+\s+){0,3}$")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_compiles() {
        for table in [&*AGREEMENTS, &*MEETINGS, &*DOMAINS, &*SANCTIONS, &*MEASURES] {
            assert_eq!(table.rows.len(), table.regexes.len());
        }
        let _ = (
            &*ROLE_BEFORE,
            &*ROLE_AFTER,
            &*TRIGGER,
            &*KNOWN_EXERCISE,
            &*NAME_WITH_YEAR,
        );
    }

    #[test]
    fn earlier_rows_win_over_later_ones() {
        let hits = SANCTIONS.find("Washington would impose sanctions on the buyer.");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].value, "threatened");
        let hits = AGREEMENTS.find("an intergovernmental agreement");
        assert_eq!(hits[0].value, "intergovernmental-agreement");
    }
}
