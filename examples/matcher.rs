//! The phrase matcher alone, for the side-by-side benchmark (`benches/compare.sh`).
//!
//! `cargo run --release --example matcher -- RULES_DIR INPUT.jsonl OUT_DIR`
//!
//! 1. Exports the normalized phrase list of the rule set (every `phrases`, list phrase and
//!    `except` phrase, normalized exactly as the rule compiler does: the post normalizer, then a
//!    bounding space on each side) to `OUT_DIR/phrases.txt`, and the normalized text of every
//!    post of INPUT to `OUT_DIR/texts.txt`, one per line, so Hyperscan and pyahocorasick scan
//!    the very same patterns and haystacks.
//! 2. Times the automaton scan over those texts, built with the rule compiler's settings (a DFA,
//!    standard semantics, every overlapping match, no prefilter), one text at a time and over
//!    all texts joined by newlines, and prints texts/s and the match count (which must equal the
//!    peers' counts). It also times the whole scanner ([`RuleSet::scan`]: automaton + regexes).
//!
//! The phrase list is re-read from the TOML files here because the compiled [`RuleSet`] does not
//! expose its automaton; the count printed is checked against nothing but the peers, so a
//! drift from the compiler would show as a different match count there.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use scamwatch::detect::event::Input;
use scamwatch::detect::normalize::normalize;
use scamwatch::detect::rules::compile_dir;
use scamwatch::source::decode::decode_line;

fn normalized_phrase(p: &str) -> Option<String> {
    let t = normalize(p);
    let s = t.as_str().trim();
    (!s.is_empty()).then(|| format!(" {s} "))
}

fn collect(v: &toml::Value, key: Option<&str>, out: &mut BTreeSet<String>) {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                collect(v, Some(k), out);
            }
        }
        toml::Value::Array(a) => {
            let phrase_key = matches!(key, Some("phrases") | Some("except"));
            for x in a {
                match x {
                    toml::Value::String(s) if phrase_key => {
                        if let Some(n) = normalized_phrase(s) {
                            out.insert(n);
                        }
                    }
                    other => collect(other, None, out),
                }
            }
        }
        _ => {}
    }
}

fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    (best, n)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: matcher RULES_DIR INPUT.jsonl OUT_DIR");
        std::process::exit(2);
    }
    let (rules_dir, input, out_dir) = (
        Path::new(&args[1]),
        Path::new(&args[2]),
        Path::new(&args[3]),
    );
    let rules = compile_dir(rules_dir).map_err(|d| format!("rules do not compile: {d:?}"))?;

    let mut phrases = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir(rules_dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for f in &files {
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(f)?)?;
        collect(&v, None, &mut phrases);
    }
    let phrases: Vec<String> = phrases.into_iter().collect();

    let mut posts = Vec::new();
    for line in BufReader::new(std::fs::File::open(input)?).lines() {
        if let Ok(Some(Input::Post(p))) = decode_line(line?.as_bytes()) {
            posts.push(p);
        }
    }
    let texts: Vec<String> = posts
        .iter()
        .map(|p| normalize(&p.text).as_str().replace('\n', " "))
        .collect();
    std::fs::create_dir_all(out_dir)?;
    let mut f = std::io::BufWriter::new(std::fs::File::create(out_dir.join("phrases.txt"))?);
    for p in &phrases {
        writeln!(f, "{p}")?;
    }
    f.flush()?;
    let mut f = std::io::BufWriter::new(std::fs::File::create(out_dir.join("texts.txt"))?);
    for t in &texts {
        writeln!(f, "{t}")?;
    }
    f.flush()?;

    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&phrases)?;
    let n = texts.len() as f64;
    let bytes: usize = texts.iter().map(String::len).sum();
    let (t_each, m_each) = best_of(5, || {
        texts
            .iter()
            .map(|t| ac.find_overlapping_iter(t.as_str()).count())
            .sum()
    });
    let joined = texts.join("\n");
    let (t_joined, m_joined) = best_of(5, || ac.find_overlapping_iter(joined.as_str()).count());
    let normalized: Vec<_> = posts.iter().map(|p| normalize(&p.text)).collect();
    let links: Vec<_> = posts
        .iter()
        .map(|p| scamwatch::detect::links::in_text(&p.text))
        .collect();
    let (t_scan, hits) = best_of(3, || {
        posts
            .iter()
            .zip(&normalized)
            .zip(&links)
            .map(|((p, t), l)| rules.scan(&p.text, t, &p.urls, l).len())
            .sum()
    });
    let (t_norm, _) = best_of(3, || {
        posts
            .iter()
            .map(|p| normalize(&p.text).as_str().len())
            .sum()
    });
    println!(
        "phrases {} texts {} bytes {}",
        phrases.len(),
        texts.len(),
        bytes
    );
    println!(
        "scamwatch-ac per-text: {:.0} texts/s, {} matches",
        n / t_each,
        m_each
    );
    println!(
        "scamwatch-ac joined: {:.0} texts/s, {} matches",
        n / t_joined,
        m_joined
    );
    println!(
        "scamwatch-scanner (automaton + regexes): {:.0} texts/s, {} rule hits",
        n / t_scan,
        hits
    );
    println!("scamwatch-normalize: {:.0} texts/s", n / t_norm);
    Ok(())
}
