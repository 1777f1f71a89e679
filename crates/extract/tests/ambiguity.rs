//! Ambiguous catalog names (`Tor`, `Buk`, `Triumph`, `Caesar`, `Sputnik`, …) are found where
//! context decides for them and not where they are ordinary words or other things.
//!
//! `ambiguous_names_in_and_out_of_context` runs a team-written table of short sentences through
//! the real extractor with the built-in catalog; `every_ambiguous_system_alias_needs_context`
//! checks every alias in the `ambiguous` column of `systems.tsv` with one generic sentence
//! without context and one with a category noun right after it. Both collect every failure and
//! report them all at once.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use armscope_catalog::Catalog;
use armscope_core::{Document, EntityKind, EntityMention, SourceFormat};
use armscope_extract::Extractor;

static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::embedded().expect("built-in catalog"));

/// System and organisation mentions of `text`, as the extractor returns them.
fn mentions(text: &str) -> Vec<EntityMention> {
    let doc = Document {
        id: "t".into(),
        url: None,
        title: None,
        published: None,
        source: "test".into(),
        format: SourceFormat::Text,
        text: text.into(),
    };
    Extractor::new(&CATALOG)
        .extract(&doc)
        .mentions
        .into_iter()
        .filter(|m| matches!(m.kind, EntityKind::System | EntityKind::Organization))
        .collect()
}

/// Where a case looks for the expected mention.
#[derive(Clone, Copy, PartialEq)]
enum Scope {
    /// A mention of the id that covers the last occurrence of the alias in the text (the
    /// default: the ambiguous word itself must be the mention).
    AtAlias,
    /// A mention of the id anywhere in the text (a designation next to its nickname).
    Anywhere,
}

/// One sentence of the table.
struct Case {
    /// The ambiguous alias under test, as written in the catalog.
    alias: &'static str,
    /// The catalog id of the system or organisation the alias belongs to.
    id: &'static str,
    text: &'static str,
    /// In context: the mention must be found. Out of context: no mention of `id` at all.
    found: bool,
    scope: Scope,
    /// The case states how extraction should behave, but the current rules do not: reported,
    /// not asserted. The reason is in `why`.
    known_gap: bool,
    why: &'static str,
}

/// In context: `alias` in `text` must be a mention of `id`.
fn hit(alias: &'static str, id: &'static str, text: &'static str) -> Case {
    Case {
        alias,
        id,
        text,
        found: true,
        scope: Scope::AtAlias,
        known_gap: false,
        why: "",
    }
}

/// Out of context: `text` must have no mention of `id`.
fn miss(alias: &'static str, id: &'static str, text: &'static str) -> Case {
    Case {
        found: false,
        ..hit(alias, id, text)
    }
}

impl Case {
    fn anywhere(self) -> Case {
        Case {
            scope: Scope::Anywhere,
            ..self
        }
    }

    fn gap(self, why: &'static str) -> Case {
        Case {
            known_gap: true,
            why,
            ..self
        }
    }
}

fn cases() -> Vec<Case> {
    vec![
        // Tor: a Russian air-defence system, a Norwegian given name, the anonymity network.
        hit(
            "Tor",
            "tor",
            "Russia delivered the Tor system to Iran in 2006.",
        ),
        hit("Tor", "tor", "The brigade fields Tor, Tunguska and Buk."),
        hit("Tor", "tor", "Russia sold 29 Tor to Iran."),
        miss(
            "Tor",
            "tor",
            "Journalists use the Tor browser to reach blocked sites.",
        ),
        miss(
            "Tor",
            "tor",
            "Tor Hansen, a Norwegian diplomat, visited Kyiv.",
        ),
        // Buk: the system, and a Polish place name.
        hit(
            "Buk",
            "buk",
            "A Buk launcher shot down the airliner over Ukraine.",
        ),
        hit(
            "Buk",
            "buk",
            "The Buk missile system was moved at night. Witnesses saw the Buk near Snizhne.",
        ),
        miss("Buk", "buk", "Buk is a village in western Poland."),
        // Triumph: the S-400's export name; a motorcycle maker; a word.
        hit(
            "Triumph",
            "s-400",
            "India will receive two more Triumph regiments.",
        ),
        hit(
            "Triumph",
            "s-400",
            "The Triumph air defence system was deployed near Kaliningrad.",
        ),
        hit(
            "Triumph",
            "s-400",
            "Turkey bought the S-400 \u{ab}Triumph\u{bb} from Russia.",
        )
        .anywhere(),
        miss(
            "Triumph",
            "s-400",
            "He rode a Triumph motorcycle across Europe.",
        ),
        miss(
            "Triumph",
            "s-400",
            "The treaty was a triumph of diplomacy for Russia.",
        ),
        hit(
            "Triumph",
            "s-400",
            "Russia moved its Triumph air defence to Crimea.",
        )
        .gap(
            "the category-noun window looks at single words, so the two-word noun \
             'air defence' only counts when written with a hyphen",
        ),
        // Thunder: JF-17 and K9 share it; also weather and a basketball team.
        hit(
            "Thunder",
            "jf-17",
            "Pakistan ordered 50 more Thunder fighters from China.",
        ),
        hit(
            "Thunder",
            "k9",
            "Estonia bought Thunder howitzers from South Korea.",
        ),
        miss(
            "Thunder",
            "jf-17",
            "Thunder rolled over the hills all night.",
        ),
        miss("Thunder", "k9", "Thunder rolled over the hills all night."),
        miss(
            "Thunder",
            "jf-17",
            "The Oklahoma City Thunder won the game.",
        ),
        // Rafale: the fighter; French for a gust or burst.
        hit("Rafale", "rafale", "Greece ordered 18 Rafales in 2021."),
        hit(
            "Rafale",
            "rafale",
            "India received its first Rafale fighter jets in 2020. Each Rafale cost about 200 million euros.",
        ),
        hit(
            "Rafale",
            "rafale",
            "The air force flies Rafale, Mirage and Su-30.",
        ),
        miss(
            "Rafale",
            "rafale",
            "A sudden rafale of wind knocked over the tents.",
        ),
        hit(
            "Rafale",
            "rafale",
            "Dassault delivered the first Rafale to Greece.",
        )
        .gap(
            "a manufacturer of the system named in the same sentence is not a deciding \
             context, nor is an ordinal ('the first') before the name",
        ),
        // Leopard: Leopard 1 and Leopard 2 share it; the animal; the novel.
        hit(
            "Leopard",
            "leopard-2",
            "Poland sent 14 Leopard tanks to Ukraine.",
        ),
        hit(
            "Leopard",
            "leopard-1",
            "Poland sent 14 Leopard tanks to Ukraine.",
        ),
        miss(
            "Leopard",
            "leopard-2",
            "A leopard escaped from the zoo in Berlin.",
        ),
        miss(
            "Leopard",
            "leopard-1",
            "A leopard escaped from the zoo in Berlin.",
        ),
        miss(
            "Leopard",
            "leopard-2",
            "The Leopard, a novel by Lampedusa, is set in Sicily.",
        ),
        // Patriot: the system; the word; the football team.
        hit(
            "Patriot",
            "patriot",
            "Germany will send two Patriot batteries to Ukraine.",
        ),
        miss(
            "Patriot",
            "patriot",
            "He was a patriot who loved his country.",
        ),
        miss(
            "Patriot",
            "patriot",
            "The New England Patriots won the Super Bowl.",
        ),
        // Javelin: the missile; the athletics event.
        hit(
            "Javelin",
            "javelin",
            "The United States delivered 2,000 Javelins.",
        ),
        hit("Javelin", "javelin", "Estonia bought Javelin launchers."),
        miss(
            "Javelin",
            "javelin",
            "She won gold in the javelin at the Olympics.",
        ),
        hit(
            "Javelin",
            "javelin",
            "Ukraine received Javelin anti-tank weapons from Washington.",
        ),
        // Harpoon: the missile; the whaler's tool.
        hit(
            "Harpoon",
            "agm-84",
            "Denmark supplied Harpoon launchers to Ukraine.",
        ),
        miss(
            "Harpoon",
            "agm-84",
            "A harpoon gun was mounted on the whaling ship.",
        ),
        // Caesar: the howitzer; the Roman; the salad.
        hit("Caesar", "caesar", "France sent 18 Caesars to Ukraine."),
        hit(
            "Caesar",
            "caesar",
            "Ukrainian gunners use Caesar, Krab and Archer.",
        ),
        miss("Caesar", "caesar", "Caesar crossed the Rubicon in 49 BC."),
        miss("Caesar", "caesar", "He ordered a Caesar salad."),
        // Terminator: BMPT and the Mi-8AMTSh's nickname; the film.
        hit(
            "Terminator",
            "bmpt",
            "Algeria ordered 300 Terminator vehicles.",
        ),
        miss(
            "Terminator",
            "bmpt",
            "The Mi-8AMTSh \u{201c}Terminator\u{201d} helicopter flew over the parade.",
        ),
        hit(
            "Terminator",
            "mi-8amtsh",
            "The Mi-8AMTSh \u{201c}Terminator\u{201d} helicopter flew over the parade.",
        )
        .anywhere(),
        miss(
            "Terminator",
            "bmpt",
            "Schwarzenegger starred in The Terminator in 1984.",
        ),
        // Typhoon: the Eurofighter; the storm.
        hit(
            "Typhoon",
            "eurofighter",
            "Qatar ordered 24 Typhoon jets from the UK.",
        ),
        miss(
            "Typhoon",
            "eurofighter",
            "A typhoon hit the Philippines last week.",
        ),
        miss(
            "Typhoon",
            "eurofighter",
            "Typhoon Haiyan damaged fishing vessels in 2013.",
        )
        .gap(
            "any category noun within four words decides, even one that heads another \
             phrase ('fishing vessels' after a storm's name)",
        ),
        // Tiger: the helicopter; the golfer; the animal.
        hit(
            "Tiger",
            "tiger",
            "Australia will retire its Tiger helicopters early.",
        ),
        miss("Tiger", "tiger", "Tiger Woods won the Masters in 2019."),
        miss("Tiger", "tiger", "A tiger was spotted near the village."),
        // Apache: the helicopter; the people; the web server.
        hit(
            "Apache",
            "ah-64",
            "India received six Apaches from the United States.",
        ),
        hit(
            "Apache",
            "ah-64",
            "The army flies Apache and Chinook helicopters.",
        ),
        miss("Apache", "ah-64", "The Apache tribe lived in Arizona."),
        miss(
            "Apache",
            "ah-64",
            "The website runs on an Apache web server.",
        ),
        // Tornado: the aircraft; the weather.
        hit(
            "Tornado",
            "tornado",
            "Germany will replace its Tornado jets with F-35s.",
        ),
        miss(
            "Tornado",
            "tornado",
            "A tornado destroyed dozens of homes in Kansas.",
        ),
        // Hercules: the transport; the hero.
        hit(
            "Hercules",
            "c-130",
            "Hungary bought two Hercules from the US.",
        ),
        miss("Hercules", "c-130", "Hercules was a hero of Greek myth."),
        // Stinger: the MANPADS; the bee's.
        hit(
            "Stinger",
            "stinger",
            "Latvia sent Stinger launchers to Ukraine.",
        ),
        miss("Stinger", "stinger", "The bee left its stinger in his arm."),
        // Hawk: BAE trainer and MIM-23 share it; the bird.
        hit(
            "Hawk",
            "hawk",
            "India ordered 20 more Hawk trainers from BAE Systems.",
        ),
        hit("Hawk", "mim-23", "Spain sent Hawk launchers to Ukraine."),
        miss("Hawk", "hawk", "A hawk circled over the field."),
        miss("Hawk", "mim-23", "A hawk circled over the field."),
        // Mistral: the missile; the wind; the AI company.
        hit(
            "Mistral",
            "mistral",
            "Cyprus bought Mistral launchers from France.",
        ),
        miss(
            "Mistral",
            "mistral",
            "The mistral blew for three days in Provence.",
        ),
        miss(
            "Mistral",
            "mistral",
            "Mistral released a new language model in Paris.",
        ),
        // Spike: the missile; a sudden rise.
        hit("Spike", "spike", "Israel sold Spike launchers to Poland."),
        miss("Spike", "spike", "There was a spike in oil prices."),
        // Grad: the rocket launcher; a student.
        hit(
            "Grad",
            "bm-21",
            "Separatists fired from Grad launchers near Mariupol.",
        ),
        miss("Grad", "bm-21", "He is a grad student at Oxford."),
        hit(
            "Grad",
            "bm-21",
            "Separatists fired Grad rockets at Mariupol.",
        )
        .gap("'rockets' is not a category noun"),
        // Meteor: the missile; the rock from space.
        hit(
            "Meteor",
            "meteor",
            "The Gripen carries Meteor and MICA missiles.",
        ),
        miss("Meteor", "meteor", "A meteor lit up the sky over Siberia."),
        // Kilo: the submarine class; the unit.
        hit(
            "Kilo",
            "kilo-class",
            "Vietnam bought six Kilo submarines from Russia.",
        ),
        miss("Kilo", "kilo-class", "Rice costs two dollars a kilo."),
        // Boxer: the vehicle; the athlete.
        hit("Boxer", "boxer", "The Netherlands ordered Boxer vehicles."),
        miss(
            "Boxer",
            "boxer",
            "The boxer won the fight in the tenth round.",
        ),
        hit(
            "Boxer",
            "boxer",
            "Rheinmetall will build the Boxer in Australia.",
        )
        .gap("a manufacturer of the system named in the same sentence is not a deciding context"),
        // Archer: the howitzer; the novelist.
        hit(
            "Archer",
            "archer",
            "Sweden delivered eight Archers to Ukraine.",
        ),
        miss("Archer", "archer", "Jeffrey Archer wrote another novel."),
        // Predator: the drone; the animal.
        hit("Predator", "mq-1", "Italy armed its Predator UAVs."),
        miss("Predator", "mq-1", "The lion is a predator."),
        // Osprey: the tiltrotor; the bird.
        hit("Osprey", "v-22", "Japan bought 17 Ospreys."),
        miss("Osprey", "v-22", "An osprey nested near the lake."),
        // Abrams: the tank; the film director.
        hit("Abrams", "m1-abrams", "Poland ordered 250 Abrams."),
        miss("Abrams", "m1-abrams", "J.J. Abrams directed the film."),
        // Falcon: the F-16; the rocket.
        hit(
            "Falcon",
            "f-16",
            "Belgium will give Falcon fighters to Ukraine.",
        ),
        hit(
            "Falcon",
            "f-16",
            "Belgium will give Ukraine Falcon fighters.",
        )
        .gap(
            "a name right after any unambiguous hit, a state's name included, is taken for \
             that hit's nickname (as in 'Mi-8AMTSh Terminator'); 'give Ukraine Falcon \
             fighters' loses the F-16",
        ),
        miss("Falcon", "f-16", "SpaceX launched a Falcon 9 rocket."),
        miss(
            "Falcon",
            "f-16",
            "SpaceX flew its Falcon 9 launch vehicle again.",
        )
        .gap("any category noun within four words decides ('launch vehicle' of a space rocket)"),
        // Eagle: the F-15; the bird.
        hit("Eagle", "f-15", "Qatar ordered 36 Eagle fighters."),
        miss("Eagle", "f-15", "The bald eagle is a symbol of America."),
        // Bear: the Tu-95; the animal.
        hit("Bear", "tu-95", "Two Bear bombers flew near Alaska."),
        miss("Bear", "tu-95", "A bear attacked a hiker in Alaska."),
        // Black Hawk: the helicopter; the war of 1832.
        hit(
            "Black Hawk",
            "uh-60",
            "Poland ordered Black Hawk helicopters.",
        ),
        miss(
            "Black Hawk",
            "uh-60",
            "The Black Hawk War was fought in 1832.",
        ),
        // Challenger: the tank; a political contender.
        hit(
            "Challenger",
            "challenger-2",
            "Britain sent 14 Challenger tanks.",
        ),
        miss(
            "Challenger",
            "challenger-2",
            "The challenger won the primary.",
        ),
        // Tomahawk: the cruise missile; the axe.
        hit("Tomahawk", "tomahawk", "Japan will buy 400 Tomahawks."),
        miss(
            "Tomahawk",
            "tomahawk",
            "He buried the tomahawk and made peace.",
        ),
        // Trident: the SLBM; the spear.
        hit("Trident", "trident", "Britain tested a Trident missile."),
        miss(
            "Trident",
            "trident",
            "Neptune holds a trident in the painting.",
        ),
        // Neptune: the Ukrainian missile; the planet.
        hit(
            "Neptune",
            "neptune",
            "Ukraine fired two Neptunes at the cruiser.",
        ),
        miss(
            "Neptune",
            "neptune",
            "Neptune is the farthest planet from the Sun.",
        ),
        // --- organisations: accepted only where the text names their state ---
        // Sputnik: Russian news agency; the satellite; the vaccine.
        hit(
            "Sputnik",
            "sputnik",
            "Sputnik reported that Russia had delivered the jets.",
        ),
        miss(
            "Sputnik",
            "sputnik",
            "The Soviet Union launched Sputnik in 1957.",
        ),
        miss(
            "Sputnik",
            "sputnik",
            "Russia registered the Sputnik V vaccine in 2020.",
        ),
        // Congress: the US legislature; India's party.
        hit(
            "Congress",
            "us-congress",
            "The United States notified Congress of the sale of F-16s to Turkey.",
        ),
        miss(
            "Congress",
            "us-congress",
            "India's Congress party won the state election.",
        ),
        // Wagner: the Russian mercenaries; the composer.
        hit(
            "Wagner",
            "wagner-group",
            "Russia's Wagner mercenaries arrived in Mali.",
        ),
        miss(
            "Wagner",
            "wagner-group",
            "Wagner's operas are staged in Bayreuth, Germany.",
        ),
        // Treasury: the US department; another state's.
        hit(
            "Treasury",
            "us-treasury",
            "The Treasury sanctioned three firms, the United States said.",
        ),
        miss(
            "Treasury",
            "us-treasury",
            "Britain's Treasury cut the defence budget.",
        ),
        // Rafael: the Israeli manufacturer; a given name.
        hit(
            "Rafael",
            "rafael",
            "Israel's Rafael will supply the Spike missiles.",
        ),
        miss("Rafael", "rafael", "Rafael Nadal won the French Open."),
        // Leonardo: the Italian group; the painter.
        hit(
            "Leonardo",
            "leonardo",
            "Italy's Leonardo will deliver M-346 trainers.",
        ),
        miss(
            "Leonardo",
            "leonardo",
            "Leonardo da Vinci painted the Mona Lisa in Florence.",
        ),
        // Bell: the US helicopter maker; a bell.
        hit(
            "Bell",
            "bell-textron",
            "The United States chose Bell to build the new tiltrotor.",
        ),
        miss("Bell", "bell-textron", "The school bell rang in Paris."),
        // Dawn: the Pakistani newspaper; the time of day.
        hit(
            "Dawn",
            "dawn",
            "Pakistan's Dawn newspaper reported the purchase.",
        ),
        miss("Dawn", "dawn", "At dawn, troops crossed into Ukraine."),
        miss(
            "Dawn",
            "dawn",
            "The strike came at dawn, Pakistani officials said.",
        )
        .gap(
            "an ambiguous organisation name is not required to be capitalised: a lower-case \
             ordinary word in a text that names the organisation's state is accepted",
        ),
        // Amnesty: Amnesty International; an amnesty.
        hit(
            "Amnesty",
            "amnesty-international",
            "Amnesty said Britain should halt arms exports.",
        ),
        miss(
            "Amnesty",
            "amnesty-international",
            "Ukraine offered an amnesty to deserters.",
        ),
    ]
}

/// Byte range of the last occurrence of `needle` in `text`, ASCII case-insensitive.
fn last_occurrence(text: &str, needle: &str) -> Option<(usize, usize)> {
    let hay = text.to_ascii_lowercase();
    let needle = needle.to_ascii_lowercase();
    hay.rfind(&needle).map(|s| (s, s + needle.len()))
}

fn describe(text: &str, found: &[EntityMention]) -> String {
    if found.is_empty() {
        return "no system or organisation mention".into();
    }
    found
        .iter()
        .map(|m| {
            format!(
                "{} {:?} at {:?}",
                m.id,
                m.kind,
                &text[m.span.start..m.span.end]
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whether the case's expectation holds, and what was found.
fn run(case: &Case) -> (bool, String) {
    let found = mentions(case.text);
    let of_id: Vec<&EntityMention> = found.iter().filter(|m| m.id == case.id).collect();
    let ok = if case.found {
        match case.scope {
            Scope::Anywhere => !of_id.is_empty(),
            Scope::AtAlias => last_occurrence(case.text, case.alias)
                .is_some_and(|(s, e)| of_id.iter().any(|m| m.span.start < e && s < m.span.end)),
        }
    } else {
        of_id.is_empty()
    };
    (ok, describe(case.text, &found))
}

#[test]
fn ambiguous_names_in_and_out_of_context() {
    let cases = cases();
    // The table itself: enough cases, aliases and ids that exist in the catalog.
    let aliases: BTreeSet<&str> = cases.iter().map(|c| c.alias).collect();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    assert!(aliases.len() >= 20, "{} aliases", aliases.len());
    for alias in &aliases {
        let of: Vec<&Case> = cases.iter().filter(|c| c.alias == *alias).collect();
        assert!(
            of.iter().any(|c| c.found) && of.iter().any(|c| !c.found),
            "`{alias}` needs an in-context and an out-of-context case"
        );
    }
    let mut bad_table = Vec::new();
    for c in &cases {
        let ambiguous = CATALOG
            .system(c.id)
            .map(|s| &s.ambiguous)
            .or_else(|| CATALOG.organization(c.id).map(|o| &o.ambiguous));
        match ambiguous {
            None => bad_table.push(format!("unknown id `{}`", c.id)),
            Some(list) if !list.iter().any(|a| a == c.alias) => bad_table.push(format!(
                "`{}` is not listed as ambiguous for `{}`",
                c.alias, c.id
            )),
            Some(_) => {}
        }
        if last_occurrence(c.text, c.alias).is_none() {
            bad_table.push(format!("`{}` does not occur in {:?}", c.alias, c.text));
        }
    }
    assert!(bad_table.is_empty(), "{}", bad_table.join("\n"));

    let mut failures = Vec::new();
    let mut gaps_closed = Vec::new();
    for c in &cases {
        let (ok, actual) = run(c);
        let expected = if c.found {
            format!("a mention of `{}`", c.id)
        } else {
            format!("no mention of `{}`", c.id)
        };
        let line = format!(
            "{:?}\n    alias `{}`, expected {expected}; actual: {actual}",
            c.text, c.alias
        );
        match (ok, c.known_gap) {
            (false, false) => failures.push(line),
            (false, true) => println!("known gap (not asserted): {line}\n    why: {}", c.why),
            (true, true) => gaps_closed.push(line),
            (true, false) => {}
        }
    }
    for line in &gaps_closed {
        println!("known gap now passes (drop its `gap` mark): {line}");
    }
    println!(
        "{} cases, {} aliases, {} known gaps",
        cases.len(),
        aliases.len(),
        cases.iter().filter(|c| c.known_gap).count()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Aliases that cannot pass the generic pair of sentences, with the reason, and the spelling
/// that is checked instead (an all-caps name the alias marks as ambiguous), if any.
const GENERIC_EXCLUDED: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "hawk",
        "Hawk",
        "'Hawk air defence system' is an alias of the MIM-23 Hawk: the generic sentence names \
         the other Hawk, which is right",
        None,
    ),
    (
        "milan",
        "Milan",
        "marks the all-caps name MILAN as ambiguous; the city 'Milan' is deliberately no form \
         of the missile, so the mixed-case generic sentence finds nothing",
        Some("MILAN"),
    ),
    (
        "dana",
        "Dana",
        "marks the all-caps name DANA as ambiguous; the given name 'Dana' is deliberately no \
         form of the howitzer",
        Some("DANA"),
    ),
    (
        "spice",
        "Spice",
        "marks the all-caps acronym SPICE as ambiguous; the ordinary word 'spice' is \
         deliberately no form of the bomb kit",
        Some("SPICE"),
    ),
    (
        "vampire-cuas",
        "Vampire",
        "marks the all-caps acronym VAMPIRE as ambiguous; the ordinary word 'vampire' is \
         deliberately no form of the system",
        Some("VAMPIRE"),
    ),
];

/// The `ambiguous` aliases of `systems.tsv`, as (id, alias), read from the file itself.
fn ambiguous_system_aliases() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalog/data/systems.tsv");
    let text = std::fs::read_to_string(path).expect("systems.tsv");
    let mut lines = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .unwrap_or_else(|| panic!("no `{name}` column in {header:?}"))
    };
    let (id_col, ambiguous_col) = (column("id"), column("ambiguous"));
    let mut out = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let id = cells[id_col].trim();
        for alias in cells
            .get(ambiguous_col)
            .copied()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            out.push((id.to_string(), alias.to_string()));
        }
    }
    out
}

#[test]
fn every_ambiguous_system_alias_needs_context() {
    let all = ambiguous_system_aliases();
    assert!(all.len() > 100, "only {} ambiguous aliases read", all.len());
    let mut failures = Vec::new();
    let mut checked = 0;
    for (id, alias) in &all {
        let alias = match GENERIC_EXCLUDED
            .iter()
            .find(|(i, a, _, _)| i == id && a == alias)
        {
            Some((_, _, _, Some(instead))) => instead,
            Some((_, _, _, None)) => continue,
            None => alias.as_str(),
        };
        checked += 1;
        let bare = format!("The {alias} said nothing.");
        let found = mentions(&bare);
        if found
            .iter()
            .any(|m| m.id == *id && m.kind == EntityKind::System)
        {
            failures.push(format!(
                "{bare:?}\n    alias `{alias}` of `{id}`, expected no mention of `{id}`; actual: {}",
                describe(&bare, &found)
            ));
        }
        let with_noun = format!("{alias} air defence systems and other weapons were delivered.");
        let found = mentions(&with_noun);
        if !found
            .iter()
            .any(|m| m.id == *id && m.kind == EntityKind::System)
        {
            failures.push(format!(
                "{with_noun:?}\n    alias `{alias}` of `{id}`, expected a mention of `{id}`; actual: {}",
                describe(&with_noun, &found)
            ));
        }
    }
    for (id, alias, why, instead) in GENERIC_EXCLUDED {
        match instead {
            Some(other) => println!("`{alias}` of `{id}` checked as `{other}`: {why}"),
            None => println!("excluded `{alias}` of `{id}`: {why}"),
        }
    }
    println!("{checked} ambiguous system aliases checked");
    assert!(
        failures.is_empty(),
        "{} failures over {checked} aliases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
