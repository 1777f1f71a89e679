//! Each plain-text noise rule on its own small input, and the combined fixture.

use armscope_ingest::{clean_plain_text, document_from_text};

/// Cleans `raw` and checks that every `keep` line is present and every `drop` text is gone.
fn check(raw: &str, keep: &[&str], drop: &[&str]) {
    let out = clean_plain_text(raw);
    for k in keep {
        assert!(out.contains(k), "kept text {k:?} missing from:\n{out}");
    }
    for d in drop {
        assert!(!out.contains(d), "dropped text {d:?} still in:\n{out}");
    }
}

const HEAD: &str = "Navy orders frigates\n\nThe navy ordered two frigates from Example Yards on Monday, officials said.\n";

#[test]
fn comment_section_is_cut_from_the_marker_on() {
    for marker in [
        "1 COMMENT",
        "12 Comments",
        "Comments [1]",
        "Comments (3)",
        "LEAVE A REPLY",
        "Leave a comment",
        "Comments are closed.",
        "Comments are no longer available on this story",
        "Do you want to leave a comment? Register and/or Log in",
        "Add comment",
    ] {
        let raw = format!("{HEAD}\n{marker}\n\nReader says the frigates are too slow.\nPlease enter your name here\n");
        check(
            &raw,
            &["Navy orders frigates", "ordered two frigates"],
            &[marker, "too slow", "enter your name"],
        );
    }
}

#[test]
fn comment_words_inside_sentences_are_kept() {
    let raw = format!("{HEAD}The ministry declined to comment on the price.\nNo comments were made at the ceremony, he added.\n");
    check(&raw, &["declined to comment", "No comments were made"], &[]);
}

#[test]
fn previous_and_next_article_lines_are_dropped() {
    let raw = format!("{HEAD}\nPrevious articleExample Yards opens slipway\nNext article Army buys trucks\n\nThe contract is worth $1 billion.\n");
    check(
        &raw,
        &["worth $1 billion"],
        &[
            "Previous article",
            "Next article",
            "opens slipway",
            "buys trucks",
        ],
    );
}

#[test]
fn related_headings_and_their_headline_lists_are_dropped() {
    for heading in [
        "Related articles",
        "Read more",
        "Read also:",
        "You may also like",
        "Most read",
    ] {
        let raw = format!("{HEAD}\n{heading}\nArmy buys trucks\nAir force retires jets\n\nThe first frigate is due in 2027, the navy said.\n");
        check(
            &raw,
            &["first frigate is due in 2027"],
            &[heading, "Army buys trucks", "retires jets"],
        );
    }
    let raw = format!("{HEAD}Read more: Army buys trucks\nRead also - Air force retires jets\nThe first frigate is due in 2027.\n");
    check(
        &raw,
        &["first frigate is due"],
        &["Army buys trucks", "retires jets"],
    );
}

#[test]
fn contact_and_advertising_blocks_are_dropped() {
    let raw = format!(
        "{HEAD}\nFor Editorial Inquiries Contact:\nEditor Sam Example at\nsam@example.org\nFor Advertising Inquiries Contact:\nSales Lead Kim Example at\nkim@example.org\n\nTelephone: +00 111 222\nFax: +00 111 223\ne-mail: desk@example.org\n\nThe frigates will be built in two yards.\n"
    );
    check(
        &raw,
        &["built in two yards"],
        &[
            "Inquiries",
            "Sam Example",
            "@example.org",
            "Kim Example",
            "Telephone",
            "Fax",
            "e-mail",
        ],
    );
}

#[test]
fn contact_details_after_a_sentence_are_cut_off() {
    let raw = format!("{HEAD}The company has an office in the capital. Telephone: (+00) 123-45, fax: (+00) 123-46, e-mail:\n");
    let out = clean_plain_text(&raw);
    assert!(
        out.ends_with("The company has an office in the capital."),
        "{out}"
    );
}

#[test]
fn copyright_and_rights_lines_are_dropped() {
    let raw = format!(
        "{HEAD}\nThe rights to this material belong to Example Media\nThe material is placed by the copyright holder in the public domain\n© 2024 Example Media\nAll rights reserved.\n\nThe yard employs 900 people.\n"
    );
    check(
        &raw,
        &["employs 900 people"],
        &[
            "rights to this material",
            "copyright holder",
            "©",
            "All rights reserved",
        ],
    );
}

#[test]
fn filed_under_share_and_newsletter_prompts_are_dropped() {
    let raw = format!(
        "{HEAD}\nfiled under: navy, frigates\nShare this\nShare on Facebook\nTweet\nFacebook | Twitter | Email\nSubscribe to our newsletter\nGet the daily newsletter in your inbox\nSign up for alerts\n\nThe frigates carry 16 missiles each.\n"
    );
    check(
        &raw,
        &["16 missiles each"],
        &[
            "filed under",
            "Share",
            "Tweet",
            "Facebook",
            "Subscribe",
            "daily newsletter",
            "Sign up",
        ],
    );
}

#[test]
fn trailing_headline_list_with_timestamps_and_counters_is_dropped() {
    let raw = format!(
        "{HEAD}The navy expects the first ship in 2027.\n\n  • Discussion\n  • 23.02 08:23\n  • 153\nArmy buys trucks for the north\n  • 23.02 05:11\n  • 19\nAir force retires old jets.\n  • 22.02 19:30\n  • 0\nCoast guard gets drones\n"
    );
    check(
        &raw,
        &["first ship in 2027."],
        &[
            "Discussion",
            "08:23",
            "153",
            "buys trucks",
            "retires old jets",
            "Coast guard",
        ],
    );
}

#[test]
fn trailing_title_lines_without_markers_are_dropped_at_three() {
    let raw = format!("{HEAD}The navy expects the first ship in 2027.\n\nArmy buys trucks\nAir force retires jets\nCoast guard gets drones\n");
    check(
        &raw,
        &["first ship in 2027."],
        &["buys trucks", "retires jets", "gets drones"],
    );
    // Two short lines at the end (a byline, a place) are not a list.
    let raw = format!("{HEAD}The navy expects the first ship in 2027.\n\nJane Doe\nPort Vesna\n");
    check(
        &raw,
        &["first ship in 2027.", "Jane Doe", "Port Vesna"],
        &[],
    );
}

#[test]
fn a_list_introduced_by_a_colon_is_article_text() {
    let raw = format!("{HEAD}The package includes:\n• two frigates\n• 16 missiles\n• crew training\n• spare parts\n");
    check(
        &raw,
        &["• two frigates", "• crew training", "• spare parts"],
        &[],
    );
}

#[test]
fn a_trailing_bullet_link_is_dropped() {
    let raw = format!("{HEAD}The navy expects the first ship in 2027.\n\n  • Tags and mentions\n");
    check(&raw, &["first ship in 2027."], &["Tags and mentions"]);
}

#[test]
fn a_tail_in_another_script_is_dropped() {
    let raw = format!(
        "{HEAD}The navy expects the first ship in 2027.\n\nЕжедневные новости флота на почту\nФлот получил новые корабли\n12.06.2023 03:19\nКорабли прибудут летом.\n"
    );
    check(
        &raw,
        &["first ship in 2027."],
        &["новости", "Флот", "03:19", "Корабли"],
    );
    // The same lines are the article when the article is in that script.
    let ru = "Флот заказал фрегаты\n\nФлот заказал два фрегата у верфи в понедельник, сообщили в министерстве.\nПервый корабль ожидается в 2027 году.\n";
    check(
        ru,
        &[
            "Флот заказал фрегаты",
            "Первый корабль ожидается в 2027 году.",
        ],
        &[],
    );
}

#[test]
fn short_lines_inside_the_article_are_kept() {
    let raw = "Navy orders frigates\n\nBy Jane Doe\nPort Vesna\n\nThe navy ordered two frigates.\nWhy now?\nBudget\nThe budget grew by 10%.\n";
    check(
        raw,
        &[
            "By Jane Doe",
            "Port Vesna",
            "Why now?",
            "Budget\n",
            "grew by 10%.",
        ],
        &[],
    );
}

#[test]
fn line_endings_bom_and_blank_runs_are_normalised_and_bytes_kept() {
    let raw = "\u{feff}Navy orders frigates\r\n\r\n\r\n\r\nThe navy’s “new” frigates — 2×\u{a0}faster.  \rSecond line.\n";
    assert_eq!(
        clean_plain_text(raw),
        "Navy orders frigates\n\nThe navy’s “new” frigates — 2×\u{a0}faster.\nSecond line."
    );
}

#[test]
fn nothing_left_is_an_empty_string_and_odd_input_does_not_panic() {
    assert_eq!(clean_plain_text(""), "");
    assert_eq!(clean_plain_text("\n\n \r\n"), "");
    for raw in [
        "•",
        "153\n",
        "1 COMMENT",
        "\u{feff}",
        "é\r",
        "Comments [1]\nx",
        "a\n\n\n•\n•\n•",
    ] {
        let _ = clean_plain_text(raw);
    }
}

#[test]
fn combined_fixture_keeps_the_body_and_drops_every_noise_block() {
    let raw = include_str!("fixtures/text/noisy_article.txt");
    let doc = document_from_text("noisy_article.txt", "fixtures/text/noisy_article.txt", raw);
    assert_eq!(
        doc.title.as_deref(),
        Some("Harbourland orders six coastal patrol boats from Norland")
    );
    assert_eq!(
        doc.text,
        "Harbourland orders six coastal patrol boats from Norland\n\n\
         Port Vesna. March 3. HARBOUR NEWS - The Harbourland navy has signed a contract with Norland Yards for six coastal patrol boats, the defence ministry said on Tuesday.\n\
         By Jane Doe\n\
         The first two boats are due in 2026, and the rest by 2028, according to the ministry.\n\
         The deal also covers training for 40 crew members."
    );
}

#[test]
fn lead_chrome_is_dropped_and_headline_and_dateline_found() {
    let raw = include_str!("fixtures/text/chrome_and_dateline.txt");
    let doc = document_from_text("c.txt", "c.txt", raw);
    assert_eq!(
        doc.title.as_deref(),
        Some("Southland signs for three submarines as its old boats near retirement")
    );
    assert_eq!(doc.published, Some(jiff::civil::date(2024, 5, 14)));
    assert_eq!(
        doc.text,
        "Northland Review\n\n\
         Southland signs for three submarines as its old boats near retirement\n\n\
         Port Vesna, 14 May 2024 — by Jane Doe\n\n\
         Southland has signed a contract with Example Yards for three diesel-electric submarines, the navy said on Tuesday, ending a competition that ran for four years.\n\n\
         The first boat is due in 2029."
    );
}

#[test]
fn navigation_lines_with_arrows_or_alone_take_their_headline_with_them() {
    let raw = format!("{HEAD}\nPrevious article\nArmy buys trucks\nNext article\nAir force retires jets\n\nThe first frigate is due in 2027, the navy said.\n");
    check(
        &raw,
        &["first frigate is due in 2027"],
        &["Previous", "Next", "buys trucks", "retires jets"],
    );
    let raw = format!("{HEAD}<< Previous article: Army buys trucks\n» Next: Air force retires jets\nThe first frigate is due in 2027.\n");
    check(
        &raw,
        &["first frigate is due in 2027"],
        &["Previous", "Next", "buys trucks", "retires jets"],
    );
}

#[test]
fn publisher_address_lines_are_dropped() {
    let raw = format!("{HEAD}\nEditorial office: Example Media, 1 Sample Street, Port Vesna\nWrite to us: Example Media, Port Vesna\n\nThe frigates will be built in two yards.\n");
    check(
        &raw,
        &["built in two yards"],
        &["Editorial office", "Write to us"],
    );
}

#[test]
fn a_date_in_the_body_is_not_the_publication_date() {
    let doc = document_from_text("d", "d", "Navy orders frigates\n\nThe navy ordered two frigates on 3 March 2024 from a yard in the north, officials said.\n");
    assert_eq!(doc.published, None);
}
