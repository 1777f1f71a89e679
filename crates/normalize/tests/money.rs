//! Table tests for `find_money`.

mod common;

use armscope_normalize::find_money;

/// Input → every match rendered as `span => {~ approx|> at least|< up to}amount CURRENCY`.
const FIND: &[(&str, &str)] = &[
    // dollars
    ("a $2.5 billion deal", "$2.5 billion => 2500000000 USD"),
    ("a $ 2.5 billion deal", "$ 2.5 billion => 2500000000 USD"),
    ("US$2.5bn", "US$2.5bn => 2500000000 USD"),
    ("US$ 7 billion", "US$ 7 billion => 7000000000 USD"),
    ("USD 2.5 billion", "USD 2.5 billion => 2500000000 USD"),
    ("USD2.5bn", "USD2.5bn => 2500000000 USD"),
    (
        "2.5 billion dollars",
        "2.5 billion dollars => 2500000000 USD",
    ),
    (
        "2.5 billion US dollars",
        "2.5 billion US dollars => 2500000000 USD",
    ),
    (
        "2.5 billion U.S. dollars",
        "2.5 billion U.S. dollars => 2500000000 USD",
    ),
    ("2.5 billion USD", "2.5 billion USD => 2500000000 USD"),
    ("$2,500 million", "$2,500 million => 2500000000 USD"),
    ("$300m", "$300m => 300000000 USD"),
    ("$300 mn", "$300 mn => 300000000 USD"),
    ("$300 mln", "$300 mln => 300000000 USD"),
    ("$1.9 bln", "$1.9 bln => 1900000000 USD"),
    ("$1.9B", "$1.9B => 1900000000 USD"),
    ("$500k", "$500k => 500000 USD"),
    ("$1.2 trillion", "$1.2 trillion => 1200000000000 USD"),
    ("$2.3 billion", "$2.3 billion => 2300000000 USD"),
    ("a $2.5-billion deal", "$2.5-billion => 2500000000 USD"),
    (
        "a 2.5 billion-dollar deal",
        "2.5 billion-dollar => 2500000000 USD",
    ),
    (
        "€1.3 billion ($1.5 billion)",
        "€1.3 billion => 1300000000 EUR; $1.5 billion => 1500000000 USD",
    ),
    ("$450,000", "$450,000 => 450000 USD"),
    ("$15", "$15 => 15 USD"),
    (
        "two billion dollars",
        "two billion dollars => 2000000000 USD",
    ),
    ("a billion dollars", "a billion dollars => 1000000000 USD"),
    // other dollars
    ("A$1.5 billion", "A$1.5 billion => 1500000000 AUD"),
    ("C$2 billion", "C$2 billion => 2000000000 CAD"),
    ("S$500 million", "S$500 million => 500000000 SGD"),
    ("NT$10 billion", "NT$10 billion => 10000000000 TWD"),
    ("NZ$1 billion", "NZ$1 billion => 1000000000 NZD"),
    (
        "1.5 billion Australian dollars",
        "1.5 billion Australian dollars => 1500000000 AUD",
    ),
    (
        "2 billion Canadian dollars",
        "2 billion Canadian dollars => 2000000000 CAD",
    ),
    (
        "10 billion New Taiwan dollars",
        "10 billion New Taiwan dollars => 10000000000 TWD",
    ),
    ("AUD 1.5 billion", "AUD 1.5 billion => 1500000000 AUD"),
    // euros, pounds
    ("€1.3bn", "€1.3bn => 1300000000 EUR"),
    ("€ 1.3 billion", "€ 1.3 billion => 1300000000 EUR"),
    ("EUR 1.3 billion", "EUR 1.3 billion => 1300000000 EUR"),
    ("1.3 billion euros", "1.3 billion euros => 1300000000 EUR"),
    ("1.3 billion euro", "1.3 billion euro => 1300000000 EUR"),
    ("£500 million", "£500 million => 500000000 GBP"),
    ("500 million pounds", "500 million pounds => 500000000 GBP"),
    (
        "500 million pounds sterling",
        "500 million pounds sterling => 500000000 GBP",
    ),
    ("GBP 500m", "GBP 500m => 500000000 GBP"),
    ("500 pounds of explosive", ""),
    // yuan, yen, roubles
    ("¥1 trillion", "¥1 trillion => 1000000000000 JPY"),
    ("CN¥10 billion", "CN¥10 billion => 10000000000 CNY"),
    ("10 billion yuan", "10 billion yuan => 10000000000 CNY"),
    ("RMB 10 billion", "RMB 10 billion => 10000000000 CNY"),
    ("10 billion RMB", "10 billion RMB => 10000000000 CNY"),
    (
        "10 billion renminbi",
        "10 billion renminbi => 10000000000 CNY",
    ),
    ("500 billion yen", "500 billion yen => 500000000000 JPY"),
    (
        "30 billion roubles",
        "30 billion roubles => 30000000000 RUB",
    ),
    ("30 billion rubles", "30 billion rubles => 30000000000 RUB"),
    ("RUB 30 billion", "RUB 30 billion => 30000000000 RUB"),
    ("₽30 billion", "₽30 billion => 30000000000 RUB"),
    // rupees: lakh 10^5, crore 10^7
    ("Rs 10,000 crore", "Rs 10,000 crore => 100000000000 INR"),
    ("Rs. 10,000 crore", "Rs. 10,000 crore => 100000000000 INR"),
    ("₹500 crore", "₹500 crore => 5000000000 INR"),
    ("Rs 5 lakh", "Rs 5 lakh => 500000 INR"),
    (
        "Rs 1.5 lakh crore",
        "Rs 1.5 lakh crore => 1500000000000 INR",
    ),
    ("INR 500 crore", "INR 500 crore => 5000000000 INR"),
    ("500 crore rupees", "500 crore rupees => 5000000000 INR"),
    ("50 billion rupees", "50 billion rupees => 50000000000 INR"),
    ("Rs 20,000 cr", "Rs 20,000 cr => 200000000000 INR"),
    // won, lira, złoty, kronor and other crowns
    ("3 trillion won", "3 trillion won => 3000000000000 KRW"),
    ("1.2 billion won", "1.2 billion won => 1200000000 KRW"),
    ("KRW 1.2 trillion", "KRW 1.2 trillion => 1200000000000 KRW"),
    ("₩1.2 trillion", "₩1.2 trillion => 1200000000000 KRW"),
    ("Seoul won 3 contracts", ""),
    ("3 won", ""),
    ("5 billion lira", "5 billion lira => 5000000000 TRY"),
    (
        "5 billion Turkish lira",
        "5 billion Turkish lira => 5000000000 TRY",
    ),
    ("TRY 5 billion", "TRY 5 billion => 5000000000 TRY"),
    ("4.75 billion złoty", "4.75 billion złoty => 4750000000 PLN"),
    ("4.75 billion zloty", "4.75 billion zloty => 4750000000 PLN"),
    ("PLN 4.75 billion", "PLN 4.75 billion => 4750000000 PLN"),
    ("1.7 billion kronor", "1.7 billion kronor => 1700000000 SEK"),
    ("SEK 1.7 billion", "SEK 1.7 billion => 1700000000 SEK"),
    ("NOK 2 billion", "NOK 2 billion => 2000000000 NOK"),
    (
        "2 billion Norwegian kroner",
        "2 billion Norwegian kroner => 2000000000 NOK",
    ),
    (
        "2 billion Danish kroner",
        "2 billion Danish kroner => 2000000000 DKK",
    ),
    ("CHF 6 billion", "CHF 6 billion => 6000000000 CHF"),
    (
        "6 billion Swiss francs",
        "6 billion Swiss francs => 6000000000 CHF",
    ),
    ("1 billion shekels", "1 billion shekels => 1000000000 ILS"),
    // qualifiers
    (
        "about $1.9 billion",
        "about $1.9 billion => ~1900000000 USD",
    ),
    (
        "worth up to $1 billion",
        "up to $1 billion => <1000000000 USD",
    ),
    (
        "more than $7 billion",
        "more than $7 billion => >7000000000 USD",
    ),
    ("some $2 billion", "some $2 billion => ~2000000000 USD"),
    ("an estimated $2bn", "an estimated $2bn => ~2000000000 USD"),
    (
        "worth an estimated $2bn",
        "an estimated $2bn => ~2000000000 USD",
    ),
    ("nearly €1 billion", "nearly €1 billion => ~1000000000 EUR"),
    (
        "over 30 billion roubles",
        "over 30 billion roubles => >30000000000 RUB",
    ),
    (
        "at least $500 million",
        "at least $500 million => >500000000 USD",
    ),
    (
        "approximately 1.3 billion euros",
        "approximately 1.3 billion euros => ~1300000000 EUR",
    ),
    (
        "around Rs 500 crore",
        "around Rs 500 crore => ~5000000000 INR",
    ),
    // ranges: upper bound, up to
    ("$1-2 billion", "$1-2 billion => <2000000000 USD"),
    (
        "$1 billion to $2 billion",
        "$1 billion to $2 billion => <2000000000 USD",
    ),
    (
        "between $1bn and $2bn",
        "between $1bn and $2bn => <2000000000 USD",
    ),
    ("$2 billion to Ukraine", "$2 billion => 2000000000 USD"),
    // nothing to read
    ("several million worth of arms", ""),
    ("millions of dollars", ""),
    ("dollars", ""),
    ("$", ""),
    ("the $ sign", ""),
    ("$5x", ""),
    ("24 Su-35 jets", ""),
    ("S-400 dollars", ""),
    // several in one sentence
    (
        "a $2.5 billion deal, up from €1.3bn, and Rs 500 crore",
        "$2.5 billion => 2500000000 USD; €1.3bn => 1300000000 EUR; Rs 500 crore => 5000000000 INR",
    ),
    (
        "24 jets for $2.5 billion in 2015",
        "$2.5 billion => 2500000000 USD",
    ),
];

#[test]
fn find_money_table() {
    common::check(FIND, |t| common::money(t, &find_money(t)));
}

#[test]
fn usd_only_when_written_in_dollars() {
    let m = &find_money("€1.3bn and $2bn");
    assert_eq!(m[0].money.usd(), None);
    assert_eq!(m[1].money.usd(), Some(2e9));
}
