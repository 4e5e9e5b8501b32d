//! The one compile path: rule directory → [`RuleSet`] or every problem found.
//!
//! Problems are collected, never short-circuited: an operator fixing a file during an incident
//! gets the whole list in one `check-rules` run. Each file is parsed with toml's recoverable
//! parser (all syntax errors of a file at once), and every list and rule entry is deserialized
//! on its own, so an unknown key in one rule does not hide the errors in the next.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::{Regex, RegexBuilder, RegexSetBuilder};
use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::diag::{Severity, codes};
use super::lint;
use super::scan::{MAX_TRIGGERED, RegexGroup, Targets};
use super::schema::{AddressesDef, AllowDef, ListDef, On, PostExampleDef, RuleDef, TOP_LEVEL_KEYS};
use super::{
    Allowlists, CATEGORIES, Diagnostic, Examples, MAX_ID_LEN, MAX_WEIGHT, Mode,
    REGEX_DFA_SIZE_LIMIT, REGEX_SET_SIZE_LIMIT, REGEX_SIZE_LIMIT, RuleDetail, RuleInfo, RuleSet,
};
use crate::detect::hash::FieldHasher;
use crate::detect::normalize::normalize;
use crate::detect::toml_file::LineIndex;

/// Compiles every rule file in `dir`. The one compile path: startup, `check-rules` and reload.
///
/// Reads every `*.toml` file of `dir` (not recursive), sorted by file name so the rule order
/// (and so the output) is deterministic, then the address files they reference.
///
/// # Errors
/// Every problem found, each located at `file:line:col`, sorted by location. The vector also
/// carries the warnings, so a failed `check-rules` shows everything at once; on success the
/// warnings are in [`RuleSet::warnings`].
pub fn compile_dir(dir: &Path) -> Result<RuleSet, Vec<Diagnostic>> {
    let mut c = Compiler::new(dir);
    c.load_files();
    c.finish()
}

/// One rule file, kept for locating spans.
struct SourceFile {
    path: PathBuf,
    src: String,
    lines: LineIndex,
}

impl SourceFile {
    /// An error at byte `span` of this file.
    fn at(&self, span: Range<usize>, code: &'static str, message: String) -> Diagnostic {
        let (line, col) = self.lines.locate(&self.src, span.start);
        Diagnostic {
            code,
            file: self.path.clone(),
            line,
            col,
            rule: None,
            message,
            hint: None,
            severity: Severity::Error,
        }
    }
}

/// Chainable decorations for diagnostics under construction.
trait DiagExt {
    fn rule(self, id: Option<&str>) -> Self;
    fn hint(self, hint: impl Into<String>) -> Self;
    fn warning(self) -> Self;
}

impl DiagExt for Diagnostic {
    fn rule(mut self, id: Option<&str>) -> Self {
        self.rule = id.map(str::to_owned);
        self
    }
    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }
}

/// A defined `[lists.NAME]`, phrases already normalized.
struct ListEntry {
    file: usize,
    span: Range<usize>,
    phrases: Vec<String>,
    /// Each phrase as written, and its span (for the linter), parallel to `phrases`.
    written: Vec<(String, Range<usize>)>,
    used: bool,
}

struct Compiler {
    dir: PathBuf,
    files: Vec<SourceFile>,
    diags: Vec<Diagnostic>,
    lists: BTreeMap<String, ListEntry>,
    rules: Vec<(usize, RuleDef)>,
    examples: Vec<(usize, PostExampleDef)>,
    allow: Vec<(usize, AllowDef)>,
    addresses: Vec<(usize, AddressesDef)>,
    /// The set's fingerprint: every file name and content read, in order.
    hash: FieldHasher,
}

/// Deserializes one TOML value into `T`; errors carry spans into the original file.
fn de<'i, T: Deserialize<'i>>(v: Spanned<DeValue<'i>>) -> Result<T, toml::de::Error> {
    T::deserialize(ValueDeserializer::from(v))
}

/// Maps a serde error message to a stable code.
fn serde_code(msg: &str) -> &'static str {
    if msg.starts_with("unknown field") {
        codes::UNKNOWN_KEY
    } else if msg.starts_with("missing field") {
        codes::MISSING_KEY
    } else {
        codes::WRONG_TYPE
    }
}

impl Compiler {
    fn new(dir: &Path) -> Self {
        Compiler {
            dir: dir.to_path_buf(),
            files: Vec::new(),
            diags: Vec::new(),
            lists: BTreeMap::new(),
            rules: Vec::new(),
            examples: Vec::new(),
            allow: Vec::new(),
            addresses: Vec::new(),
            hash: FieldHasher::new(),
        }
    }

    /// A directory-level error (no position inside a file).
    fn dir_error(&mut self, code: &'static str, message: String, hint: Option<&str>) {
        self.diags.push(Diagnostic {
            code,
            file: self.dir.clone(),
            line: 1,
            col: 1,
            rule: None,
            message,
            hint: hint.map(str::to_owned),
            severity: Severity::Error,
        });
    }

    /// Reads and parses every `*.toml` file of the directory.
    fn load_files(&mut self) {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) => {
                let msg = format!("cannot read rules directory: {e}");
                self.dir_error(codes::MISSING_FILE, msg, None);
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
            .collect();
        paths.sort();
        if paths.is_empty() {
            self.dir_error(
                codes::NO_RULE_FILES,
                "no `*.toml` rule file in the rules directory".into(),
                Some("the rules directory must hold at least one `*.toml` file"),
            );
            return;
        }
        for path in paths {
            self.load_file(path);
        }
    }

    fn load_file(&mut self, path: PathBuf) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                self.diags.push(Diagnostic {
                    code: codes::MISSING_FILE,
                    file: path,
                    line: 1,
                    col: 1,
                    rule: None,
                    message: format!("cannot read rule file: {e}"),
                    hint: None,
                    severity: Severity::Error,
                });
                return;
            }
        };
        self.hash
            .write_field(path.file_name().map_or(&[][..], |n| n.as_encoded_bytes()));
        self.hash.write_field(&bytes);
        let (mut src, utf8_error) = match String::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
            }
        };
        // Editors on some systems save a byte-order mark; it is not TOML. Blank it out with
        // three spaces so every byte offset (and so every position) stays the same.
        if src.starts_with('\u{feff}') {
            src.replace_range(..3, "   ");
        }
        let file = SourceFile {
            lines: LineIndex::new(&src),
            path,
            src,
        };
        let idx = self.files.len();
        if let Some(at) = utf8_error {
            let d = file.at(at..at, codes::SYNTAX, "file is not valid UTF-8".into());
            self.diags.push(d);
            self.files.push(file);
            return;
        }
        self.files.push(file);
        self.parse_file(idx);
    }

    fn parse_file(&mut self, idx: usize) {
        let file = &self.files[idx];
        let (root, errors) = DeTable::parse_recoverable(&file.src);
        if !errors.is_empty() {
            // A partly parsed document would produce follow-on noise: report syntax only.
            for e in errors {
                let span = e.span().unwrap_or(0..0);
                let d = file.at(span, codes::SYNTAX, format!("TOML syntax: {}", e.message()));
                self.diags.push(d);
            }
            return;
        }
        let mut out = Vec::new();
        let mut pending_lists = Vec::new();
        for (key, value) in root.into_inner() {
            let kspan = key.span();
            match key.get_ref().as_ref() {
                "lists" => {
                    let vspan = value.span();
                    match value.into_inner() {
                        DeValue::Table(t) => {
                            for (name, v) in t {
                                let nspan = name.span();
                                let name = name.into_inner().into_owned();
                                match de::<ListDef>(v) {
                                    Ok(def) => pending_lists.push((name, nspan, def)),
                                    Err(e) => out.push(serde_diag(file, &e, nspan, None)),
                                }
                            }
                        }
                        _ => out.push(
                            file.at(vspan, codes::WRONG_TYPE, "`lists` must be a table".into())
                                .hint("write `[lists.NAME]` with `phrases = [...]`"),
                        ),
                    }
                }
                "rule" => {
                    let vspan = value.span();
                    match value.into_inner() {
                        DeValue::Array(items) => {
                            for item in items.iter() {
                                let id = item
                                    .get_ref()
                                    .get("id")
                                    .and_then(|v| v.get_ref().as_str())
                                    .map(str::to_owned);
                                let ispan = item.span();
                                match de::<RuleDef>(item.clone()) {
                                    Ok(def) => self.rules.push((idx, def)),
                                    Err(e) => out.push(serde_diag(file, &e, ispan, id.as_deref())),
                                }
                            }
                        }
                        _ => out.push(
                            file.at(
                                vspan,
                                codes::WRONG_TYPE,
                                "`rule` must be an array of tables".into(),
                            )
                            .hint("start each rule with a `[[rule]]` header"),
                        ),
                    }
                }
                "example" => {
                    let vspan = value.span();
                    match value.into_inner() {
                        DeValue::Array(items) => {
                            for item in items.iter() {
                                let ispan = item.span();
                                match de::<PostExampleDef>(item.clone()) {
                                    Ok(def) => self.examples.push((idx, def)),
                                    Err(e) => out.push(serde_diag(file, &e, ispan, None)),
                                }
                            }
                        }
                        _ => out.push(
                            file.at(
                                vspan,
                                codes::WRONG_TYPE,
                                "`example` must be an array of tables".into(),
                            )
                            .hint("start each whole-post example with an `[[example]]` header"),
                        ),
                    }
                }
                "allow" => {
                    let vspan = value.span();
                    match de::<AllowDef>(value) {
                        Ok(def) => self.allow.push((idx, def)),
                        Err(e) => out.push(serde_diag(file, &e, vspan, None)),
                    }
                }
                "addresses" => {
                    let vspan = value.span();
                    match de::<AddressesDef>(value) {
                        Ok(def) => self.addresses.push((idx, def)),
                        Err(e) => out.push(serde_diag(file, &e, vspan, None)),
                    }
                }
                other => out.push(
                    file.at(
                        kspan,
                        codes::UNKNOWN_KEY,
                        format!("unknown top-level key `{other}`"),
                    )
                    .hint(format!("expected one of {}", backticked(TOP_LEVEL_KEYS))),
                ),
            }
        }
        for (name, span, def) in pending_lists {
            self.add_list(idx, name, span, def, &mut out);
        }
        self.diags.extend(out);
    }

    /// Registers a list, normalizing its phrases.
    fn add_list(
        &mut self,
        file: usize,
        name: String,
        span: Range<usize>,
        def: ListDef,
        out: &mut Vec<Diagnostic>,
    ) {
        let f = &self.files[file];
        if let Some(prev) = self.lists.get(&name) {
            let first = self.files[prev.file].at(prev.span.clone(), "", String::new());
            out.push(
                f.at(
                    span,
                    codes::DUPLICATE_LIST,
                    format!("duplicate list `{name}`"),
                )
                .hint(format!("first defined at {}", location(&first))),
            );
            return;
        }
        let mut phrases = Vec::with_capacity(def.phrases.len());
        let mut written = Vec::with_capacity(def.phrases.len());
        for p in &def.phrases {
            match normalized_phrase(p.get_ref()) {
                Some(n) => {
                    phrases.push(n);
                    written.push((p.get_ref().clone(), p.span()));
                }
                None => out.push(empty_phrase(f, p, None)),
            }
        }
        self.lists.insert(
            name,
            ListEntry {
                file,
                span,
                phrases,
                written,
                used: false,
            },
        );
    }

    /// Resolves references, compiles matchers and builds the set.
    fn finish(mut self) -> Result<RuleSet, Vec<Diagnostic>> {
        let mut set = RuleSet::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_ids: HashMap<String, u32> = HashMap::new();
        let mut pattern_rules: Vec<Targets> = Vec::new();
        let mut groups: [(Vec<String>, Vec<Regex>, Vec<u32>); 3] = Default::default();
        let mut first_id: HashMap<String, Diagnostic> = HashMap::new();
        let rules = std::mem::take(&mut self.rules);
        for (ridx, (fidx, def)) in rules.into_iter().enumerate() {
            let ridx = ridx as u32;
            let f = &self.files[fidx];
            let id = def.id.get_ref().clone();
            let rid = Some(id.as_str());
            let mut out = Vec::new();

            if id.is_empty()
                || id.len() > MAX_ID_LEN
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
            {
                out.push(
                    f.at(def.id.span(), codes::BAD_RULE_ID, format!("invalid rule id `{id}`"))
                        .hint(format!(
                            "use 1 to {MAX_ID_LEN} characters from `a-z 0-9 . _ -`, e.g. `en.multiply.send-back-double`"
                        )),
                );
            }
            let here = f.at(def.id.span(), "", String::new());
            match first_id.get(&id) {
                Some(prev) => out.push(
                    f.at(
                        def.id.span(),
                        codes::DUPLICATE_RULE,
                        format!("duplicate rule id `{id}`"),
                    )
                    .rule(rid)
                    .hint(format!("first defined at {}", location(prev))),
                ),
                None => {
                    first_id.insert(id.clone(), here.clone());
                }
            }
            let category = def.category.get_ref();
            if !CATEGORIES.contains(&category.as_str()) {
                out.push(
                    f.at(
                        def.category.span(),
                        codes::UNKNOWN_CATEGORY,
                        format!("unknown category `{category}`"),
                    )
                    .rule(rid)
                    .hint(format!("expected one of {}", backticked(CATEGORIES))),
                );
            }
            let weight = *def.weight.get_ref();
            if !weight.is_finite() || weight.abs() > MAX_WEIGHT {
                out.push(
                    f.at(
                        def.weight.span(),
                        codes::BAD_WEIGHT,
                        format!("weight {weight} is out of range"),
                    )
                    .rule(rid)
                    .hint(format!(
                        "use a finite number between -{MAX_WEIGHT} and {MAX_WEIGHT}"
                    )),
                );
            }

            // Phrases and lists → patterns of the one automaton. A phrase that normalizes like
            // an earlier one of the rule is merged silently when it is written differently
            // (spelling variants such as "zurück"/"zurueck" keep the set independent of how
            // much the normalizer folds), and is a warning when it is a plain copy.
            let mut mine: HashMap<u32, Option<String>> = HashMap::new();
            let mut add = |norm: String,
                           written: Option<(&str, Range<usize>)>,
                           out: &mut Vec<Diagnostic>| {
                let pid = *pattern_ids.entry(norm.clone()).or_insert_with(|| {
                    patterns.push(norm.clone());
                    pattern_rules.push(Targets::default());
                    (patterns.len() - 1) as u32
                });
                let key = written.as_ref().map(|(w, _)| w.trim().to_lowercase());
                match mine.get(&pid) {
                    None => {
                        mine.insert(pid, key);
                        pattern_rules[pid as usize].rules.push(ridx);
                    }
                    Some(first) => {
                        if let (Some(first), Some(key), Some((_, span))) = (first, &key, written)
                            && first == key
                        {
                            out.push(
                                f.at(
                                    span,
                                    codes::DUPLICATE_PHRASE,
                                    format!("phrase `{}` appears twice in this rule", key),
                                )
                                .rule(rid)
                                .warning()
                                .hint(
                                    "remove the copy (case and surrounding spaces do not matter)",
                                ),
                            );
                        }
                    }
                }
            };
            let mut lint_phrases: Vec<lint::PhraseRef> = Vec::new();
            for p in &def.phrases {
                match normalized_phrase(p.get_ref()) {
                    Some(n) => {
                        lint_phrases.push(lint::PhraseRef {
                            norm: n.clone(),
                            written: p.get_ref().clone(),
                            file: fidx,
                            span: p.span(),
                            list: None,
                        });
                        add(n, Some((p.get_ref(), p.span())), &mut out)
                    }
                    None => out.push(empty_phrase(f, p, rid)),
                }
            }
            for l in &def.lists {
                match self.lists.get_mut(l.get_ref()) {
                    Some(list) => {
                        list.used = true;
                        for (n, (w, span)) in list.phrases.iter().zip(&list.written) {
                            lint_phrases.push(lint::PhraseRef {
                                norm: n.clone(),
                                written: w.clone(),
                                file: list.file,
                                span: span.clone(),
                                list: Some(l.get_ref().clone()),
                            });
                            add(n.clone(), None, &mut out);
                        }
                    }
                    None => out.push(
                        f.at(
                            l.span(),
                            codes::UNKNOWN_LIST,
                            format!("unknown list `{}`", l.get_ref()),
                        )
                        .rule(rid)
                        .hint(format!(
                            "define it in any rule file with `[lists.{}]` and `phrases = [...]`",
                            l.get_ref()
                        )),
                    ),
                }
            }

            for p in &def.except {
                match normalized_phrase(p.get_ref()) {
                    Some(n) => {
                        let pid = *pattern_ids.entry(n.clone()).or_insert_with(|| {
                            patterns.push(n);
                            pattern_rules.push(Targets::default());
                            (patterns.len() - 1) as u32
                        });
                        let t = &mut pattern_rules[pid as usize];
                        if t.excepts.last() != Some(&ridx) {
                            t.excepts.push(ridx);
                        }
                    }
                    None => out.push(empty_phrase(f, p, rid)),
                }
            }

            let mut findings = Vec::new();
            let excepts: Vec<String> = def
                .except
                .iter()
                .filter_map(|e| normalized_phrase(e.get_ref()))
                .collect();
            lint::phrases(&lint_phrases, &excepts, &mut findings);

            // Regexes.
            let on = def.on.as_ref().map_or(On::Text, |o| *o.get_ref());
            for r in &def.regex {
                match compile_regex(r.get_ref()) {
                    Ok(re) => {
                        let hay = match on {
                            On::Text => lint::Haystack::Normalized,
                            On::Original => lint::Haystack::Original,
                            On::Urls => lint::Haystack::Urls,
                        };
                        lint::regex(r.get_ref(), &re, hay, fidx, r.span(), &mut findings);
                        if uses_unicode_word_boundary(r.get_ref()) {
                            let hint = match on {
                                On::Text => {
                                    "the normalized text is words separated by single spaces, with a space at each end: write ` ` instead of `\\b`"
                                }
                                On::Original | On::Urls => {
                                    "write `(?-u:\\b)` (ASCII word boundary) instead of `\\b`"
                                }
                            };
                            out.push(
                                f.at(r.span(), codes::SLOW_WORD_BOUNDARY, "Unicode `\\b` makes this regex take the slow path on non-ASCII text".into())
                                    .rule(rid)
                                    .warning()
                                    .hint(hint),
                            );
                        }
                        let g = &mut groups[on as usize];
                        g.0.push(r.get_ref().clone());
                        g.1.push(re);
                        g.2.push(ridx);
                    }
                    Err((code, msg, hint)) => {
                        out.push(f.at(r.span(), code, msg).rule(rid).hint(hint));
                    }
                }
            }
            for finding in findings {
                let files = &self.files;
                let d = lint::locate(
                    finding,
                    |fi, span| {
                        let d = files[fi].at(span, "", String::new());
                        (d.file, d.line, d.col)
                    },
                    rid,
                );
                // A list phrase shared by several rules is reported once per message.
                if !self.diags.contains(&d) && !out.contains(&d) {
                    out.push(d);
                }
            }
            if let Some(o) = &def.on
                && def.regex.is_empty()
            {
                out.push(
                    f.at(
                        o.span(),
                        codes::ON_WITHOUT_REGEX,
                        "`on` has no effect without `regex`".into(),
                    )
                    .rule(rid)
                    .warning()
                    .hint("phrases always match the normalized text"),
                );
            }
            if def.phrases.is_empty() && def.lists.is_empty() && def.regex.is_empty() {
                out.push(
                    f.at(
                        def.id.span(),
                        codes::MATCHES_NOTHING,
                        "rule has no `phrases`, `lists` or `regex`: it can never fire".into(),
                    )
                    .rule(rid),
                );
            }
            let mut example_at = Vec::new();
            let examples = def.examples.map_or_else(Examples::default, |e| {
                let mut take = |v: Vec<Spanned<String>>| -> Vec<String> {
                    v.into_iter()
                        .map(|x| {
                            let d = f.at(x.span(), "", String::new());
                            example_at.push((d.line, d.col));
                            x.into_inner()
                        })
                        .collect()
                };
                let matches = take(e.matches);
                let no_match = take(e.no_match);
                Examples { matches, no_match }
            });
            if examples.matches.is_empty() && examples.no_match.is_empty() {
                out.push(
                    f.at(def.id.span(), codes::NO_EXAMPLES, "rule has no examples".into())
                        .rule(rid)
                        .warning()
                        .hint("add `examples = { match = [\"...\"], no_match = [\"...\"] }` so `test-rules` can check it"),
                );
            }
            self.diags.extend(out);
            set.rules.push(RuleInfo {
                id,
                description: def.description,
                category: def.category.into_inner(),
                weight,
                mode: def.mode.unwrap_or(Mode::Act),
            });
            set.details.push(RuleDetail {
                lang: def.lang,
                examples,
                file: f.path.clone(),
                line: here.line,
                on_urls: on == On::Urls && !def.regex.is_empty(),
                example_at,
            });
        }

        for (name, list) in &self.lists {
            if !list.used {
                let d = self.files[list.file]
                    .at(
                        list.span.clone(),
                        codes::UNUSED_LIST,
                        format!("list `{name}` is not used by any rule"),
                    )
                    .warning();
                self.diags.push(d);
            }
        }

        for (fidx, def) in std::mem::take(&mut self.examples) {
            let f = &self.files[fidx];
            let here = f.at(def.name.span(), "", String::new());
            for r in &def.rules {
                if !set.rules.iter().any(|x| &x.id == r.get_ref()) {
                    let d = f
                        .at(
                            r.span(),
                            codes::UNKNOWN_RULE_REF,
                            format!(
                                "example `{}` expects unknown rule `{}`",
                                def.name.get_ref(),
                                r.get_ref()
                            ),
                        )
                        .hint("list ids of rules defined in the rules directory");
                    self.diags.push(d);
                }
            }
            set.post_examples.push(super::PostExample {
                name: def.name.into_inner(),
                text: def.text,
                urls: def.urls,
                username: def.username,
                followers: def.followers,
                verified: def.verified,
                account_age_days: def.account_age_days,
                source: def.source,
                lang: def.lang,
                retweet_of: def.retweet_of,
                history: def.history,
                history_source: def.history_source,
                events: def.events,
                action: def.action,
                rules: def.rules.into_iter().map(Spanned::into_inner).collect(),
                file: here.file,
                line: here.line,
                col: here.col,
            });
        }

        set.allow = self.allowlists();
        set.known_scam = self.known_scam(&set.allow);

        // Normalized-text regexes with a literal prefix are armed by the automaton; the others
        // run on every post.
        let [text, original, urls] = groups;
        let mut always = (Vec::new(), Vec::new(), Vec::new());
        for ((src, re), rule) in text.0.into_iter().zip(text.1).zip(text.2) {
            let prefixes = if set.matcher.triggered.len() < MAX_TRIGGERED {
                prefix_literals(&src)
            } else {
                None
            };
            match prefixes {
                Some(lits) => {
                    let j = set.matcher.triggered.len() as u32;
                    set.matcher.triggered.push((re, rule));
                    for lit in lits {
                        let pid = *pattern_ids.entry(lit.clone()).or_insert_with(|| {
                            patterns.push(lit);
                            pattern_rules.push(Targets::default());
                            (patterns.len() - 1) as u32
                        });
                        let t = &mut pattern_rules[pid as usize];
                        if t.regexes.last() != Some(&j) {
                            t.regexes.push(j);
                        }
                    }
                }
                None => {
                    always.0.push(src);
                    always.1.push(re);
                    always.2.push(rule);
                }
            }
        }
        if !patterns.is_empty() {
            // A DFA is the fastest search and costs a few MB for a few thousand phrases; past
            // MAX_DFA_PATTERNS let the crate pick (an NFA: slower, far smaller). No prefilter:
            // every pattern starts with a space, so a prefilter would stop at every space and
            // only add overhead.
            let kind = (patterns.len() <= MAX_DFA_PATTERNS).then_some(AhoCorasickKind::DFA);
            match AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(kind)
                .prefilter(false)
                .build(&patterns)
            {
                Ok(ac) => set.matcher.ac = Some(ac),
                Err(e) => self.dir_error(
                    codes::REGEX_TOO_BIG,
                    format!("the phrase automaton cannot be built: {e}"),
                    Some("too many or too long phrases"),
                ),
            }
        }
        set.matcher.targets = pattern_rules;
        set.matcher.on_text = regex_group(always, false);
        set.matcher.on_original = regex_group(original, false);
        set.matcher.on_urls = regex_group(urls, true);

        set.files = self.files.iter().map(|f| f.path.clone()).collect();
        self.diags.sort_by(|a, b| {
            (&a.file, a.line, a.col, a.code).cmp(&(&b.file, b.line, b.col, b.code))
        });
        if self.diags.iter().any(Diagnostic::is_error) {
            return Err(self.diags);
        }
        set.warnings = self.diags;
        set.fingerprint = self.hash.finish();
        Ok(set)
    }

    /// The union of every `[allow]` table.
    fn allowlists(&mut self) -> Allowlists {
        let mut allow = Allowlists::default();
        for (fidx, def) in std::mem::take(&mut self.allow) {
            let f = &self.files[fidx];
            for a in def.accounts {
                let v = a.get_ref().trim();
                let v = v.strip_prefix('@').unwrap_or(v);
                if v.is_empty() {
                    self.diags
                        .push(f.at(a.span(), codes::WRONG_TYPE, "empty account".into()));
                } else {
                    allow.accounts.insert(v.to_lowercase());
                }
            }
            for a in def.addresses {
                let v = a.get_ref().trim();
                if v.is_empty() {
                    self.diags
                        .push(f.at(a.span(), codes::WRONG_TYPE, "empty address".into()));
                } else if crate::detect::wallet::validate(v).is_none() {
                    self.diags.push(
                        f.at(
                            a.span(),
                            codes::BAD_ALLOW_ADDRESS,
                            format!("allowlisted address `{v}` is not a valid address"),
                        )
                        .hint("copy the address exactly (case and checksum matter); an invalid entry allowlists nothing"),
                    );
                } else {
                    allow.addresses.insert(v.to_owned());
                }
            }
            for d in def.domains {
                let v = d.get_ref().trim().to_lowercase();
                let v = v.trim_start_matches("*.").trim_start_matches('.');
                let v = v.strip_suffix('.').unwrap_or(v);
                if v.is_empty() || v.contains(|c: char| c.is_whitespace() || "/:@?#*".contains(c)) {
                    self.diags.push(
                        f.at(
                            d.span(),
                            codes::BAD_DOMAIN,
                            format!("invalid domain `{}`", d.get_ref()),
                        )
                        .hint(
                            "write the bare host name, e.g. `tesla.com` (subdomains are covered)",
                        ),
                    );
                } else {
                    allow.domains.insert(v.to_owned());
                }
            }
        }
        allow
    }

    /// Loads every known-scam address file (paths relative to the rules directory).
    fn known_scam(&mut self, allow: &Allowlists) -> HashSet<String> {
        let mut set = HashSet::new();
        for (fidx, def) in std::mem::take(&mut self.addresses) {
            for p in def.known_scam {
                let path = self.dir.join(p.get_ref());
                match std::fs::read(&path) {
                    Ok(bytes) => {
                        self.hash.write_field(p.get_ref().as_bytes());
                        self.hash.write_field(&bytes);
                        let text = String::from_utf8_lossy(&bytes);
                        for (lineno, raw) in text.lines().enumerate() {
                            let line = raw.split_once('#').map_or(raw, |(a, _)| a).trim();
                            if line.is_empty() {
                                continue;
                            }
                            if crate::detect::wallet::validate(line).is_none() {
                                let col = raw.len() - raw.trim_start().len();
                                self.diags.push(Diagnostic {
                                    code: codes::BAD_SCAM_ADDRESS,
                                    file: path.clone(),
                                    line: lineno + 1,
                                    col: raw[..col].chars().count() + 1,
                                    rule: None,
                                    message: format!("known-scam entry `{line}` is not a valid address"),
                                    hint: Some("it can never match a post: fix the typo or remove the line".into()),
                                    severity: Severity::Warning,
                                });
                                continue;
                            }
                            if allow.addresses.contains(line) {
                                let d = self.files[fidx]
                                    .at(p.span(), codes::ALLOWED_AND_SCAM, format!("address `{line}` is both allowlisted and known-scam; the allowlist wins"))
                                    .warning();
                                self.diags.push(d);
                            }
                            set.insert(line.to_owned());
                        }
                        self.files.push(SourceFile {
                            lines: LineIndex::new(""),
                            path,
                            src: String::new(),
                        });
                    }
                    Err(e) => {
                        let d = self.files[fidx]
                            .at(
                                p.span(),
                                codes::MISSING_FILE,
                                format!("cannot read address file `{}`: {e}", p.get_ref()),
                            )
                            .hint("paths are relative to the rules directory");
                        self.diags.push(d);
                    }
                }
            }
        }
        set
    }
}

/// Normalizes a phrase exactly as posts are normalized; `None` when nothing is left.
fn normalized_phrase(p: &str) -> Option<String> {
    let t = normalize(p);
    let s = t.as_str();
    if s.trim().is_empty() {
        return None;
    }
    // The contract promises the bounding spaces; enforce them anyway so a phrase can never
    // match inside a word even if a normalizer forgets one.
    let mut out = String::with_capacity(s.len() + 2);
    if !s.starts_with(' ') {
        out.push(' ');
    }
    out.push_str(s);
    if !s.ends_with(' ') {
        out.push(' ');
    }
    Some(out)
}

fn empty_phrase(f: &SourceFile, p: &Spanned<String>, rule: Option<&str>) -> Diagnostic {
    f.at(
        p.span(),
        codes::EMPTY_PHRASE,
        format!("phrase `{}` is empty after normalization", p.get_ref()),
    )
    .rule(rule)
    .hint("phrases match words; punctuation, emoji and spaces alone are dropped by normalization")
}

/// Up to this many automaton patterns the automaton is a DFA (see `finish`).
const MAX_DFA_PATTERNS: usize = 5_000;

/// Groups with at most this many regexes run them one by one instead of behind a set.
const SET_MIN_REGEXES: usize = 8;

/// Compiles one rule regex with the memory limits; `Err((code, message, hint))`.
fn compile_regex(p: &str) -> Result<Regex, (&'static str, String, String)> {
    let re = RegexBuilder::new(p)
        .case_insensitive(true)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(limit) => (
                codes::REGEX_TOO_BIG,
                format!("regex `{p}` compiles past the {limit}-byte size limit"),
                "use smaller repetition counts or narrower classes (Unicode `\\w` is large)"
                    .to_owned(),
            ),
            other => {
                let text = other.to_string();
                let reason = text
                    .lines()
                    .find_map(|l| l.strip_prefix("error: "))
                    .unwrap_or(text.lines().last().unwrap_or("invalid"))
                    .to_owned();
                (
                    codes::BAD_REGEX,
                    format!("invalid regex `{p}`: {reason}"),
                    "see the syntax section of the `regex` crate documentation".to_owned(),
                )
            }
        })?;
    if re.is_match("") {
        return Err((
            codes::REGEX_MATCHES_EMPTY,
            format!("regex `{p}` matches the empty string, so it would fire on every post"),
            "require at least one character (e.g. `+` instead of `*`)".to_owned(),
        ));
    }
    Ok(re)
}

/// True when `p` contains `\b` outside `(?-u:\b)` (escaped backslashes `\\` skipped).
fn uses_unicode_word_boundary(p: &str) -> bool {
    let p = p.replace("(?-u:\\b)", "");
    let b = p.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'\\' {
            if b[i + 1] == b'b' {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

/// The lowercased prefix literals every match of `pattern` starts with, when there is a small
/// finite set of them, each at least 2 bytes long (shorter ones would arm the regex on nearly
/// every post). Literals come from the pattern as written and are lowercased: the normalized
/// text is lowercase, so a case-insensitive match there starts with the lowercase literal.
fn prefix_literals(pattern: &str) -> Option<Vec<String>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    // Only the first bytes matter for arming: shorter literals collapse alternations
    // (`elon|elon musk`) into few automaton patterns.
    seq.keep_first_bytes(8);
    seq.dedup();
    let lits = seq.literals()?;
    if lits.is_empty() || lits.len() > 64 {
        return None;
    }
    let mut out = Vec::with_capacity(lits.len());
    for l in lits {
        // Truncation may have split a multi-byte character: keep the whole characters (a
        // shorter prefix is still a necessary one).
        let b = l.as_bytes();
        let text = match std::str::from_utf8(b) {
            Ok(t) => t,
            Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).ok()?,
        };
        if text.len() < 2 {
            return None;
        }
        out.push(text.to_lowercase());
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// Builds one regex group. On long haystacks a [`regex::RegexSet`] only pays off for many
/// regexes (a single `Regex` has its own literal prefilter, which a set lacks), so small groups
/// run their regexes one by one; on short haystacks (URLs) one set pass is always cheaper than
/// several calls. The set is dropped (not an error) when it exceeds its size limit.
fn regex_group(
    (patterns, regexes, rule): (Vec<String>, Vec<Regex>, Vec<u32>),
    short_haystacks: bool,
) -> RegexGroup {
    let set = if patterns.is_empty() || (!short_haystacks && patterns.len() <= SET_MIN_REGEXES) {
        None
    } else {
        RegexSetBuilder::new(&patterns)
            .case_insensitive(true)
            .size_limit(REGEX_SET_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SET_SIZE_LIMIT)
            .build()
            .ok()
    };
    RegexGroup { set, regexes, rule }
}

/// A diagnostic from a serde/toml deserialization error.
fn serde_diag(
    f: &SourceFile,
    e: &toml::de::Error,
    fallback: Range<usize>,
    rule: Option<&str>,
) -> Diagnostic {
    let mut msg = e.message().trim().to_owned();
    // serde names Rust types; operators know TOML.
    for (from, to) in [
        ("struct ListDef", "a table with `phrases = [...]`"),
        ("struct RuleDef", "a `[[rule]]` table"),
        ("struct AllowDef", "a table"),
        ("struct AddressesDef", "a table"),
        ("struct PostExampleDef", "an `[[example]]` table"),
        (
            "struct HistoryPostDef",
            "a table `{ text = \"...\", hours_before = N }`",
        ),
        (
            "struct HistoryEventDef",
            "a table `{ type = \"...\", minutes_before = N }`",
        ),
        (
            "struct ExamplesDef",
            "a table `{ match = [...], no_match = [...] }`",
        ),
        ("expected f64", "expected a number"),
        ("expected a sequence", "expected an array `[...]`"),
    ] {
        msg = msg.replace(from, to);
    }
    let span = e.span().unwrap_or(fallback);
    let code = serde_code(&msg);
    let d = f.at(span, code, msg).rule(rule);
    match code {
        codes::UNKNOWN_KEY => d.hint("check the spelling; every key is listed in docs/rules.md"),
        _ => d,
    }
}

fn location(d: &Diagnostic) -> String {
    format!("{}:{}:{}", d.file.display(), d.line, d.col)
}

fn backticked(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
