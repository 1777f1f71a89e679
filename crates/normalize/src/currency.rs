//! Currency signs, codes and names, mapped to ISO 4217 codes.

use crate::token::{Kind, Token};

/// Single-character signs. "¥" is read as yen: Japanese budgets use it, Chinese deals are
/// written "yuan"/"RMB" (use "CN¥" for yuan).
const SIGNS: &[(char, &str)] = &[
    ('$', "USD"),
    ('€', "EUR"),
    ('£', "GBP"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₽', "RUB"),
    ('₩', "KRW"),
    ('₺', "TRY"),
];

/// Letters glued before "$" or "¥": "US$", "A$", "NT$", "CN¥".
const SIGN_PREFIXES: &[(&str, char, &str)] = &[
    ("US", '$', "USD"),
    ("A", '$', "AUD"),
    ("AU", '$', "AUD"),
    ("C", '$', "CAD"),
    ("CA", '$', "CAD"),
    ("CAN", '$', "CAD"),
    ("S", '$', "SGD"),
    ("SG", '$', "SGD"),
    ("NZ", '$', "NZD"),
    ("HK", '$', "HKD"),
    ("NT", '$', "TWD"),
    ("R", '$', "BRL"),
    ("MX", '$', "MXN"),
    ("CN", '¥', "CNY"),
    ("RMB", '¥', "CNY"),
    ("JP", '¥', "JPY"),
];

/// ISO codes (upper case only, so "try" and "won" as words are not read as codes), plus "RMB",
/// "RUR" and "Rs".
const CODES: &[(&str, &str)] = &[
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("RUB", "RUB"),
    ("RUR", "RUB"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("JPY", "JPY"),
    ("KRW", "KRW"),
    ("TRY", "TRY"),
    ("PLN", "PLN"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("SGD", "SGD"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("ILS", "ILS"),
    ("BRL", "BRL"),
    ("ZAR", "ZAR"),
    ("SAR", "SAR"),
    ("AED", "AED"),
    ("TWD", "TWD"),
    ("NZD", "NZD"),
    ("HKD", "HKD"),
    ("PKR", "PKR"),
    ("UAH", "UAH"),
    ("EGP", "EGP"),
    ("Rs", "INR"),
];

/// Currency names after an amount; `needs_scale` for words that are also ordinary words
/// ("500 pounds" of weight, "won"), read as money only after "million"/"bn"….
const NAMES: &[(&str, &str, bool)] = &[
    ("dollars", "USD", false),
    ("dollar", "USD", false),
    ("euros", "EUR", false),
    ("euro", "EUR", false),
    ("pounds", "GBP", true),
    ("sterling", "GBP", false),
    ("yuan", "CNY", false),
    ("renminbi", "CNY", false),
    ("yen", "JPY", false),
    ("roubles", "RUB", false),
    ("rubles", "RUB", false),
    ("rouble", "RUB", false),
    ("ruble", "RUB", false),
    ("rupees", "INR", false),
    ("rupee", "INR", false),
    ("won", "KRW", true),
    ("lira", "TRY", false),
    ("liras", "TRY", false),
    ("lire", "TRY", false),
    ("złoty", "PLN", false),
    ("zloty", "PLN", false),
    ("zlotys", "PLN", false),
    ("złotys", "PLN", false),
    ("zł", "PLN", false),
    ("kronor", "SEK", false),
    ("krona", "SEK", false),
    ("kroner", "NOK", false),
    ("krone", "NOK", false),
    ("shekels", "ILS", false),
    ("rand", "ZAR", true),
    ("riyals", "SAR", false),
    ("dirhams", "AED", false),
    ("hryvnias", "UAH", false),
    ("reais", "BRL", false),
];

/// Adjectives before a currency name that change the currency ("Australian dollars").
const ADJECTIVES: &[(&str, &str, &str)] = &[
    ("us", "dollars", "USD"),
    ("american", "dollars", "USD"),
    ("australian", "dollars", "AUD"),
    ("canadian", "dollars", "CAD"),
    ("singapore", "dollars", "SGD"),
    ("taiwan", "dollars", "TWD"),
    ("taiwanese", "dollars", "TWD"),
    ("zealand", "dollars", "NZD"),
    ("kong", "dollars", "HKD"),
    ("danish", "kroner", "DKK"),
    ("danish", "krone", "DKK"),
    ("norwegian", "kroner", "NOK"),
    ("swedish", "kronor", "SEK"),
    ("swedish", "krona", "SEK"),
    ("swiss", "francs", "CHF"),
    ("pakistani", "rupees", "PKR"),
    ("indian", "rupees", "INR"),
    ("turkish", "lira", "TRY"),
    ("polish", "zloty", "PLN"),
    ("korean", "won", "KRW"),
    ("chinese", "yuan", "CNY"),
    ("russian", "roubles", "RUB"),
    ("russian", "rubles", "RUB"),
    ("japanese", "yen", "JPY"),
];

fn touching(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

/// A currency written before the amount, starting at token `i`: the ISO code and the index of
/// the token after it.
pub(crate) fn prefix_at(toks: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    match t.kind {
        Kind::Sym => {
            let c = t.text.chars().next()?;
            SIGNS
                .iter()
                .find(|(s, _)| *s == c)
                .map(|&(_, code)| (code, i + 1))
        }
        Kind::Word => {
            if let Some(sign) = toks
                .get(i + 1)
                .filter(|s| s.kind == Kind::Sym && touching(t, s))
            {
                let c = sign.text.chars().next()?;
                if let Some(&(_, _, code)) = SIGN_PREFIXES
                    .iter()
                    .find(|(p, s, _)| *p == t.text && *s == c)
                {
                    return Some((code, i + 2));
                }
            }
            let &(_, code) = CODES.iter().find(|(c, _)| *c == t.text)?;
            // "Rs." with its abbreviation dot.
            let dot = t.text == "Rs"
                && toks
                    .get(i + 1)
                    .is_some_and(|d| d.is_sym('.') && touching(t, d));
            Some((code, i + 1 + usize::from(dot)))
        }
        Kind::Num => None,
    }
}

/// A currency written after the amount, starting at token `j`; `scaled` says whether the
/// amount had a scale word ("million").
pub(crate) fn suffix_at(toks: &[Token], j: usize, scaled: bool) -> Option<(&'static str, usize)> {
    let t = toks.get(j)?;
    if t.kind != Kind::Word {
        return None;
    }
    if let Some(&(_, code)) = CODES.iter().find(|(c, _)| *c == t.text && *c != "Rs") {
        return Some((code, j + 1));
    }
    // "U.S. dollars", "Australian dollars", "New Zealand dollars", "Hong Kong dollars".
    let dotted_us = t.text == "U" && toks.get(j + 2).is_some_and(|s| s.text == "S");
    let (adj, name_at) = if dotted_us {
        (
            "us",
            j + 4 + usize::from(toks.get(j + 4).is_some_and(|d| d.is_sym('.'))),
        )
    } else if matches!(t.text, "New" | "Hong") {
        (toks.get(j + 1).map_or("", |n| n.lower.as_str()), j + 2)
    } else {
        (t.lower.as_str(), j + 1)
    };
    if let Some(name) = toks.get(name_at) {
        if let Some(&(_, _, code)) = ADJECTIVES
            .iter()
            .find(|(a, n, _)| *a == adj && *n == name.lower)
        {
            return Some((code, name_at + 1));
        }
    }
    let &(_, code, needs_scale) = NAMES.iter().find(|(n, _, _)| *n == t.lower)?;
    let sterling = t.lower == "pounds" && toks.get(j + 1).is_some_and(|s| s.is_word("sterling"));
    if needs_scale && !scaled && !sterling {
        return None;
    }
    Some((code, j + 1 + usize::from(sterling)))
}
