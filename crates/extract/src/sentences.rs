//! Sentence splitting with byte spans. Paragraphs (lines) are hard boundaries; inside a line a
//! sentence ends at `.`, `!` or `?` followed by space and a capital, digit or opening quote,
//! unless the word before the stop is an abbreviation or an initial ("Gen.", "U.S.", "No. 7").

use armscope_core::Span;

/// A sentence of a document: its span in the text and the index of its paragraph (line block).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "adm", "sgt", "gov", "sen",
    "rep", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n",
    "approx", "est", "fig", "vol", "art", "prof", "jr", "sr", "rev", "mt", "ft", "cmdr", "brig",
    "lieut", "pres", "dept",
];

/// Splits `text` into sentences; every span is trimmed of surrounding whitespace and non-empty.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            paragraph += 1;
        } else {
            split_line(
                text,
                line_start,
                line_start + body.len(),
                paragraph,
                &mut out,
            );
        }
        line_start = line_end;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let mut sent_start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Include closing quotes and brackets right after the stop.
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | '»') {
            j += 1;
        }
        let stop_end = chars.get(j).map_or(line.len(), |&(p, _)| p);
        let Some(&(_, next)) = chars.get(j) else {
            continue;
        };
        if !next.is_whitespace() {
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let Some(&(_, after)) = chars.get(k) else {
            continue;
        };
        let starts_sentence = after.is_uppercase()
            || after.is_ascii_digit()
            || matches!(after, '"' | '“' | '«' | '\'' | '‘' | '(' | '[');
        if !starts_sentence || (c == '.' && is_abbreviation(&line[..pos])) {
            continue;
        }
        push(out, start, sent_start, stop_end, line, paragraph);
        sent_start = stop_end;
    }
    push(out, start, sent_start, line.len(), line, paragraph);
}

fn push(
    out: &mut Vec<Sentence>,
    base: usize,
    from: usize,
    to: usize,
    line: &str,
    paragraph: usize,
) {
    let piece = &line[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = base + from + lead;
    out.push(Sentence {
        span: Span::new(s, s + trimmed.len()),
        paragraph,
    });
}

/// Whether the word ending right before a period is an abbreviation or a one-letter initial.
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.trim_start_matches('.').to_lowercase();
    if lower.chars().count() == 1 && lower.chars().all(|c| c.is_alphabetic()) {
        return true;
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn splits_on_stops_followed_by_capitals() {
        let t = "Egypt bought 24 jets. The deal was signed in 2015! Was it? Yes.";
        assert_eq!(
            texts(t),
            [
                "Egypt bought 24 jets.",
                "The deal was signed in 2015!",
                "Was it?",
                "Yes."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        let t = "Gen. Mark Smith met U.S. officials. Section No. 7 lists them.";
        assert_eq!(
            texts(t),
            [
                "Gen. Mark Smith met U.S. officials.",
                "Section No. 7 lists them."
            ]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        let t = "The price was $1.9 billion. about 40 units. Next one.";
        assert_eq!(
            texts(t),
            ["The price was $1.9 billion. about 40 units.", "Next one."]
        );
    }

    #[test]
    fn lines_are_boundaries_and_paragraphs_count_blank_lines() {
        let t = "Headline without stop\nFirst line. Second.\n\nNew paragraph.";
        let s = split_sentences(t);
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].span.slice(t), "Headline without stop");
        assert_eq!(s[3].paragraph, 1);
        assert_eq!(s[1].paragraph, 0);
    }

    #[test]
    fn quotes_after_stop_stay_with_the_sentence() {
        let t = "He said \"we will buy them.\" Then he left.";
        assert_eq!(texts(t), ["He said \"we will buy them.\"", "Then he left."]);
    }
}
