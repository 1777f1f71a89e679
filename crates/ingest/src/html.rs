//! HTML pages: main text and metadata.
//!
//! The article container is chosen first (`[itemprop=articleBody]`, the longest `<article>`,
//! `<main>`, then `<body>`), then walked without recursion (deeply nested pages must not
//! overflow the stack), skipping page furniture by tag, ARIA role and class/id words.
//! Block elements become paragraphs; the result then goes through the plain-text rules.

use std::sync::LazyLock;

use armscope_core::{Document, SourceFormat};
use ego_tree::NodeRef;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};

use crate::{date, depth, plain};

/// A container with less text than this is a teaser, not the article.
const MIN_ROOT_CHARS: usize = 140;

/// Longer than any headline: an `<h1>` left open swallows the page after it, and taking that
/// as the headline would put the article in the text twice.
const MAX_HEADLINE_CHARS: usize = 400;

/// Elements that never hold article text.
const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "template", "object", "embed", "canvas", "select", "input", "textarea", "figure",
    "picture", "video", "audio", "map", "dialog", "menu", "head", "title", "link", "meta",
];

/// Elements that start and end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "figcaption",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "body",
    "html",
];

/// ARIA roles of page furniture.
const DROP_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "search",
    "dialog",
    "alert",
];

/// Words in a class or id that mark a block as page furniture (matched inside the name).
const NOISE_WORDS: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "newsletter",
    "promo",
    "advert",
    "cookie",
    "consent",
    "subscribe",
    "subscription",
    "sidebar",
    "breadcrumb",
    "menu",
    "footer",
    "navbar",
    "navigation",
    "popup",
    "modal",
    "banner",
    "sponsor",
    "outbrain",
    "taboola",
    "disqus",
    "signup",
    "paywall",
    "toolbar",
    "masthead",
    "most-read",
    "mostread",
    "most-popular",
    "more-stories",
    "read-more",
    "readmore",
    "skip-link",
];

/// Short words that only count as a whole part of a name ("ad-slot", "main_nav"), since
/// as substrings they would hit "header", "canvas", "stage".
const NOISE_PARTS: &[&str] = &["ad", "ads", "nav", "tags", "tag", "dfp"];

/// Words that also mark reader comments: dropped even when they hold most of the page.
const HARD_NOISE: &[&str] = &["comment", "disqus"];

fn selector(s: &str) -> Selector {
    // Constant selectors, covered by the tests: a failure here is a bug in this file.
    Selector::parse(s).unwrap_or_else(|e| unreachable!("bad built-in selector {s}: {e}"))
}

static ARTICLE_BODY: LazyLock<Selector> = LazyLock::new(|| selector("[itemprop=articleBody]"));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main, [role=main]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static LINK: LazyLock<Selector> = LazyLock::new(|| selector("link[href]"));
static DATE_PUBLISHED: LazyLock<Selector> = LazyLock::new(|| selector("[itemprop=datePublished]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static ARTICLE_TIME: LazyLock<Selector> = LazyLock::new(|| selector("article time[datetime]"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector("script[type=\"application/ld+json\"]"));
static LD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""datePublished"\s*:\s*"([^"]+)""#)
        .unwrap_or_else(|e| unreachable!("bad built-in pattern: {e}"))
});

/// Meta names (or properties) that hold the publication date.
const DATE_META: &[&str] = &[
    "article:published_time",
    "date",
    "pubdate",
    "publish-date",
    "publish_date",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "datepublished",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
];

/// Reads an HTML page: main text (headline first, one paragraph per block) and metadata
/// (title, canonical URL, publication date). `published` is `None` when the page has none.
pub fn document_from_html(id: &str, source: &str, html: &str) -> Document {
    // A NUL carries no text, and the parser turns it into U+FFFD in titles and attributes (in
    // text it is dropped), so a page read from a JSON line or past the binary sniff could
    // put replacement characters in a headline. Found by fuzzing.
    let html: std::borrow::Cow<'_, str> = if html.contains('\0') {
        html.replace('\0', "").into()
    } else {
        html.into()
    };
    let page = Html::parse_document(&depth::flatten_deep(&html));
    let root = pick_root(&page);
    let headline = first_text(&page, &H1)
        .filter(|h| h.chars().count() <= MAX_HEADLINE_CHARS)
        .or_else(|| meta_content(&page, "og:title"))
        .or_else(|| first_text(&page, &TITLE));

    let mut paragraphs = extract(root, true);
    let strict_len: usize = paragraphs.iter().map(|p| p.len()).sum();
    if strict_len < MIN_ROOT_CHARS / 2 {
        // The class/id rules ate the article (e.g. a wrapper named "content-with-share"):
        // fall back to tag and role rules only.
        let loose = extract(root, false);
        if loose.iter().map(|p| p.len()).sum::<usize>() > strict_len * 4 {
            paragraphs = loose;
        }
    }
    // The headline leads the text; its own block goes wherever it stood (a kicker, a dateline
    // or a stray line may come before it), or the text would carry it twice.
    if let Some(h) = &headline {
        if let Some(at) = paragraphs.iter().position(|p| p == h) {
            paragraphs.remove(at);
        }
    }
    let mut text = headline.clone().unwrap_or_default();
    for p in &paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }

    Document {
        id: id.to_owned(),
        url: canonical_url(&page),
        title: meta_content(&page, "og:title")
            .or_else(|| first_text(&page, &TITLE))
            .or_else(|| first_text(&page, &H1)),
        published: published(&page, root),
        source: source.to_owned(),
        format: SourceFormat::Html,
        text: plain::clean_html_text(&text),
    }
}

/// The element that holds the article: the most specific container with real text.
fn pick_root(page: &Html) -> ElementRef<'_> {
    for sel in [&*ARTICLE_BODY, &*ARTICLE, &*MAIN] {
        let best = page.select(sel).max_by_key(|e| text_len(*e));
        if let Some(e) = best.filter(|e| text_len(*e) >= MIN_ROOT_CHARS) {
            return e;
        }
    }
    page.select(&BODY)
        .next()
        .unwrap_or_else(|| page.root_element())
}

fn text_len(e: ElementRef<'_>) -> usize {
    e.text().map(|t| t.trim().len()).sum()
}

/// Paragraphs of text under `root`, skipping page furniture. `by_attr` turns the class/id
/// rules on; tag and role rules always apply.
fn extract(root: ElementRef<'_>, by_attr: bool) -> Vec<String> {
    let total = if by_attr { text_len(root) } else { 0 };
    let mut out = Paragraphs::default();
    let top: NodeRef<'_, Node> = *root;
    let mut cur = top.first_child();
    // Iterative depth-first walk: down to the first child, else to the next sibling,
    // else up until an ancestor has one.
    while let Some(node) = cur {
        let descend = match node.value() {
            Node::Text(t) => {
                out.push_text(t);
                false
            }
            Node::Element(_) => match ElementRef::wrap(node) {
                Some(el) if keep(el, by_attr, total) => {
                    out.open(el.value().name());
                    true
                }
                _ => false,
            },
            _ => false,
        };
        let child = if descend { node.first_child() } else { None };
        if child.is_some() {
            cur = child;
            continue;
        }
        let mut n = node;
        cur = None;
        loop {
            if let Some(el) = n.value().as_element() {
                out.close(el.name());
            }
            if let Some(s) = n.next_sibling() {
                cur = Some(s);
                break;
            }
            match n.parent() {
                Some(p) if p.id() != top.id() => n = p,
                _ => break,
            }
        }
    }
    out.finish()
}

/// Whether an element may hold article text.
fn keep(el: ElementRef<'_>, by_attr: bool, total: usize) -> bool {
    let e = el.value();
    if DROP_TAGS.contains(&e.name()) {
        return false;
    }
    if e.attr("role")
        .is_some_and(|r| DROP_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return false;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return false;
    }
    if let Some(style) = e.attr("style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        let style = style.to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return false;
        }
    }
    if !by_attr {
        return true;
    }
    let names = [e.attr("class"), e.attr("id")];
    let Some(word) = names.into_iter().flatten().find_map(noise_word) else {
        return true;
    };
    // A wrapper that holds most of the page's text is the article, whatever its name says,
    // unless the name says comments.
    !HARD_NOISE.contains(&word) && text_len(el) * 5 >= total * 3 && total > 0
}

/// The noise word a class or id attribute contains, if any.
fn noise_word(attr: &str) -> Option<&'static str> {
    attr.split_whitespace().find_map(|token| {
        let token = token.to_ascii_lowercase();
        // State modifiers ("has-sidebar", "no-comments") describe the page, not the block.
        if ["has-", "with-", "no-", "show-", "is-", "hide-"]
            .iter()
            .any(|p| token.starts_with(p))
        {
            return None;
        }
        NOISE_WORDS
            .iter()
            .find(|w| token.contains(*w))
            .or_else(|| {
                NOISE_PARTS
                    .iter()
                    .find(|w| token.split(['-', '_']).any(|part| part == **w))
            })
            .copied()
    })
}

/// Collects text into paragraphs, one per block element.
#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    line: String,
    space: bool,
}

impl Paragraphs {
    /// Inline text: whitespace runs (including no-break spaces) become one space.
    fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.line.is_empty() && !self.line.ends_with('\n') {
                    self.line.push(' ');
                }
                self.space = false;
                self.line.push(c);
            }
        }
    }

    fn open(&mut self, tag: &str) {
        if tag == "br" {
            self.line.push('\n');
            self.space = false;
        } else if BLOCK_TAGS.contains(&tag) {
            self.flush();
        }
    }

    fn close(&mut self, tag: &str) {
        if BLOCK_TAGS.contains(&tag) {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let lines: Vec<&str> = self
            .line
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            self.done.push(lines.join("\n"));
        }
        self.line.clear();
        self.space = false;
    }

    fn finish(mut self) -> Vec<String> {
        self.flush();
        self.done
    }
}

/// Text of the first element matching `sel`, whitespace collapsed.
fn first_text(page: &Html, sel: &Selector) -> Option<String> {
    page.select(sel)
        .map(|e| collapse(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `content` of the first `<meta>` whose `property`, `name` or `itemprop` is `key`.
fn meta_content(page: &Html, key: &str) -> Option<String> {
    metas(page, &[key]).next()
}

fn metas<'a>(page: &'a Html, keys: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    page.select(&META).filter_map(move |m| {
        let e = m.value();
        let named = ["property", "name", "itemprop"]
            .iter()
            .filter_map(|a| e.attr(a))
            .any(|v| keys.iter().any(|k| v.trim().eq_ignore_ascii_case(k)));
        let content = collapse(e.attr("content")?);
        (named && !content.is_empty()).then_some(content)
    })
}

/// `<link rel=canonical>`, else `og:url`.
fn canonical_url(page: &Html) -> Option<String> {
    page.select(&LINK)
        .find(|l| {
            l.value().attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|l| l.value().attr("href"))
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
        .or_else(|| meta_content(page, "og:url"))
}

/// The first publication date found, most explicit source first.
fn published(page: &Html, root: ElementRef<'_>) -> Option<jiff::civil::Date> {
    let from_meta = metas(page, DATE_META).find_map(|c| date::parse_lenient(&c));
    let from_itemprop = || {
        page.select(&DATE_PUBLISHED).find_map(|e| {
            let v = e.value();
            v.attr("content")
                .or_else(|| v.attr("datetime"))
                .and_then(date::parse_lenient)
                .or_else(|| date::parse_lenient(&e.text().collect::<String>()))
        })
    };
    let from_ld = || {
        page.select(&JSON_LD).find_map(|s| {
            let body: String = s.text().collect();
            LD_DATE
                .captures(&body)
                .and_then(|c| date::parse_lenient(&c[1]))
        })
    };
    let time_date = |t: ElementRef<'_>| t.value().attr("datetime").and_then(date::parse_lenient);
    // The first <time> inside the article; page-level ones are often "today" in a header.
    let from_time = || {
        page.select(&ARTICLE_TIME)
            .find_map(time_date)
            .or_else(|| root.select(&TIME).find_map(time_date))
    };
    from_meta
        .or_else(from_itemprop)
        .or_else(from_ld)
        .or_else(from_time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_build() {
        for s in [
            &ARTICLE_BODY,
            &ARTICLE,
            &MAIN,
            &BODY,
            &H1,
            &TITLE,
            &META,
            &LINK,
            &DATE_PUBLISHED,
            &TIME,
            &ARTICLE_TIME,
            &JSON_LD,
        ] {
            let _ = Html::parse_document("<p>x</p>").select(s).count();
        }
        assert!(LD_DATE.is_match(r#""datePublished": "2024-01-02""#));
    }

    #[test]
    fn noise_words() {
        assert_eq!(noise_word("post-comments"), Some("comment"));
        assert_eq!(noise_word("ad-slot"), Some("ad"));
        assert_eq!(noise_word("main_nav"), Some("nav"));
        assert_eq!(noise_word("page-header canvas stage"), None);
        assert_eq!(noise_word("has-sidebar"), None);
        assert_eq!(noise_word("entry-content"), None);
    }

    #[test]
    fn br_and_whitespace() {
        let d = document_from_html(
            "x",
            "x",
            "<body><p>One\n  two&nbsp;&amp; three<br>four</p><p>five</p></body>",
        );
        assert_eq!(d.text, "One two & three\nfour\n\nfive");
    }
}
