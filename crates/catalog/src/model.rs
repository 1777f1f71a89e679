//! The catalog entries, one struct per file, and the closed value sets of their columns.

use serde::Serialize;

/// A closed set of values spelled as fixed strings, so row checks can treat them alike.
pub(crate) trait Spelled: Copy + 'static {
    const ALL: &'static [Self];
    fn parse(text: &str) -> Option<Self>;
    fn as_str(self) -> &'static str;
}

/// Declares an enum whose values are spelled in the catalog files as the given strings.
macro_rules! spelled_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $(#[doc = concat!("`", $text, "`")] #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in the order the format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as the catalog files spell it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value for its spelling in the catalog files.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl crate::model::Spelled for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn parse(text: &str) -> Option<$name> {
                $name::parse(text)
            }
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

spelled_enum!(
    /// What kind of actor a `states.tsv` entry is.
    StateKind { State = "state", Historical = "historical", NonState = "non-state" }
);

spelled_enum!(
    /// The `type` column of `organizations.tsv`.
    OrgType {
        Manufacturer = "manufacturer",
        Exporter = "exporter",
        Ministry = "ministry",
        ArmedService = "armed-service",
        Agency = "agency",
        Legislature = "legislature",
        Alliance = "alliance",
        International = "international",
        ThinkTank = "think-tank",
        NewsAgency = "news-agency",
        Party = "party",
        Company = "company",
    }
);

spelled_enum!(
    /// The `category` column of `systems.tsv`.
    Category {
        CombatAircraft = "combat-aircraft",
        TrainerAircraft = "trainer-aircraft",
        TransportAircraft = "transport-aircraft",
        Helicopter = "helicopter",
        Uav = "uav",
        AirDefence = "air-defence",
        Missile = "missile",
        Artillery = "artillery",
        RocketLauncher = "rocket-launcher",
        Tank = "tank",
        ArmouredVehicle = "armoured-vehicle",
        Ship = "ship",
        Submarine = "submarine",
        Radar = "radar",
        Engine = "engine",
        Other = "other",
    }
);

spelled_enum!(
    /// UN Register of Conventional Arms category (the `un_category` column of `systems.tsv`).
    UnCategory { I = "I", II = "II", III = "III", IV = "IV", V = "V", VI = "VI", VII = "VII" }
);

spelled_enum!(
    /// The `kind` column of `person_names.tsv`.
    NameKind { Given = "given", Surname = "surname" }
);

/// A state, historical state or non-state actor (`states.tsv`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct State {
    /// ISO 3166-1 alpha-2 code (`RU`), former code (`SU`) or `X-...` for non-state actors.
    pub code: String,
    /// Common English name (`Russia`).
    pub name: String,
    /// State, historical state or non-state actor.
    pub kind: StateKind,
    /// Other names and abbreviations (`Russian Federation`).
    pub aliases: Vec<String>,
    /// Demonyms and adjectives (`Russian`).
    pub adjectives: Vec<String>,
    /// Capitals and seats standing for the state (`Moscow`, `Kremlin`).
    pub metonyms: Vec<String>,
}

/// A company, ministry, armed service or other body (`organizations.tsv`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Organization {
    /// Lower-case slug (`rosoboronexport`).
    pub id: String,
    /// Canonical name (`Rosoboronexport`).
    pub name: String,
    /// Code of the state it belongs to; `None` for international bodies.
    pub state: Option<String>,
    /// What kind of body it is.
    pub org_type: OrgType,
    /// Id of the parent organisation.
    pub parent: Option<String>,
    /// Other names and abbreviations.
    pub aliases: Vec<String>,
    /// Aliases that are also ordinary words or other things (need deciding context).
    pub ambiguous: Vec<String>,
}

/// A weapon system or variant (`systems.tsv`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct System {
    /// Lower-case slug of the designation (`su-35s`).
    pub id: String,
    /// Canonical designation (`Su-35S`).
    pub name: String,
    /// Id of the family root (`su-35`); a root names itself.
    pub family: String,
    /// Id of the original this system copies, licensed or not.
    pub copy_of: Option<String>,
    /// Broad kind of system.
    pub category: Category,
    /// UN Register category, when it has one.
    pub un_category: Option<UnCategory>,
    /// Codes of the designer state(s).
    pub origin: Vec<String>,
    /// Organisation ids of the manufacturers.
    pub manufacturers: Vec<String>,
    /// Export, domestic, NATO and native-script names.
    pub aliases: Vec<String>,
    /// Aliases that are also ordinary words (`Tor`, `Buk`): need deciding context.
    pub ambiguous: Vec<String>,
}

/// A named person (`people.tsv`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Lower-case slug (`vladimir-putin`).
    pub id: String,
    /// Canonical name (`Vladimir Putin`).
    pub name: String,
    /// Code of the person's state.
    pub state: String,
    /// Best-known role (`President of Russia`).
    pub role: Option<String>,
    /// Id of the person's organisation.
    pub organization: Option<String>,
    /// Other spellings (`Putin`).
    pub aliases: Vec<String>,
}
