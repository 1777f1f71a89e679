//! Extraction never panics and every span it reports lies inside the text: run over random
//! cuts and splices of the team's articles (real sentence material, broken at any character).

use std::sync::LazyLock;

use armscope_catalog::Catalog;
use armscope_core::{Document, SourceFormat};
use armscope_extract::Extractor;
use proptest::prelude::*;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::embedded().expect("catalog"));

static TEXTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/articles");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .expect("testdata/articles")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    texts.sort();
    texts
});

fn cut(text: &str, a: usize, b: usize) -> &str {
    let mut start = a % (text.len() + 1);
    let mut end = b % (text.len() + 1);
    if start > end {
        std::mem::swap(&mut start, &mut end);
    }
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

fn check(text: String, published: Option<&str>) {
    let doc = Document {
        id: "p".into(),
        url: None,
        title: None,
        published: published.map(|p| p.parse().unwrap()),
        source: "prop".into(),
        format: SourceFormat::Text,
        text,
    };
    let found = Extractor::new(&CATALOG).extract(&doc);
    for m in &found.mentions {
        assert!(
            doc.text.get(m.span.start..m.span.end).is_some(),
            "mention span {m:?}"
        );
    }
    for t in &found.transfers {
        assert_eq!(
            doc.text.get(t.evidence.start..t.evidence.end),
            Some(t.evidence.text.as_str())
        );
        for (_, span) in &t.field_spans {
            assert!(
                doc.text.get(span.start..span.end).is_some(),
                "field span {span:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_cuts_of_articles(doc in 0usize..64, a in any::<usize>(), b in any::<usize>()) {
        let text = &TEXTS[doc % TEXTS.len()];
        check(cut(text, a, b).to_string(), Some("2024-05-01"));
    }

    #[test]
    fn splices_of_two_articles(d1 in 0usize..64, d2 in 0usize..64, a in any::<usize>(), b in any::<usize>(), c in any::<usize>(), d in any::<usize>()) {
        let one = cut(&TEXTS[d1 % TEXTS.len()], a, b);
        let two = cut(&TEXTS[d2 % TEXTS.len()], c, d);
        check(format!("{one}{two}"), None);
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,400}") {
        check(text, None);
    }
}
