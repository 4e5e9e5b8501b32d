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
use toml::de::{DeArray, DeTable, DeValue, ValueDeserializer};

use super::diag::{Severity, codes};
use super::frame::{self, FrameMask, FrameSpec};
use super::lint;
use super::scan::{MAX_TRIGGERED, Matcher, RegexGroup, Targets, TriggeredRegex};
use super::schema::{
    AddressesDef, AllowDef, ConceptDef, ExamplesDef, FrameDef, ListDef, On, PostExampleDef,
    RuleDef, TOP_LEVEL_KEYS,
};
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
    /// 1-based (line, col) of byte `offset` of this file.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.locate(&self.src, offset)
    }

    /// An error at byte `span` of this file.
    fn at(&self, span: Range<usize>, code: &'static str, message: String) -> Diagnostic {
        let (line, col) = self.line_col(span.start);
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

/// One concept, merged over every file that writes terms for it.
struct ConceptEntry {
    /// Where it is first written (for the unused-concept warning).
    file: usize,
    span: Range<usize>,
    /// Normalized automaton patterns of its terms (`*` stems have no bounding space on that
    /// side), and whether the term is asked (`"es real?"`: it counts only as a question).
    patterns: Vec<(String, bool)>,
    /// Built-in recognizers among its terms (`@amount_ratio`, `@amount_tiers`,
    /// `@payout_list`).
    amount_ratio: bool,
    amount_tiers: bool,
    bare_ratio: bool,
    payout_list: bool,
    payment_request: bool,
    ticker: bool,
    coin_amount: bool,
    used: bool,
    /// Its index (name order), assigned once every file is read.
    id: u16,
}

struct Compiler {
    dir: PathBuf,
    files: Vec<SourceFile>,
    diags: Vec<Diagnostic>,
    lists: BTreeMap<String, ListEntry>,
    concepts: BTreeMap<String, ConceptEntry>,
    /// The compiled frames, in rule order.
    frames: Vec<FrameSpec>,
    /// Rules whose text matches inside quotation marks do not count (`ignore_quoted`).
    quote_blind: Vec<u32>,
    /// `except_sentences`: concept → the rules that name it.
    sentence_excepts: Vec<(u16, Vec<u32>)>,
    /// Rules with a `lookalike` list, and their names.
    lookalikes: Vec<(u32, Vec<String>)>,
    /// Rules with a `domains` list, and their domains.
    scam_domains: Vec<(u32, HashSet<String>)>,
    rules: Vec<(usize, RuleDef)>,
    examples: Vec<(usize, PostExampleDef)>,
    allow: Vec<(usize, AllowDef)>,
    addresses: Vec<(usize, AddressesDef)>,
    /// The set's fingerprint: every file name and content read, in order.
    hash: FieldHasher,
}

/// A domain as written in a rule file, as the lowercase bare host it stands for (`*.` and
/// leading or trailing dots dropped); `None` when it is not a host name.
fn bare_domain(written: &str) -> Option<String> {
    let v = written.trim().to_lowercase();
    let v = v.trim_start_matches("*.").trim_start_matches('.');
    let v = v.strip_suffix('.').unwrap_or(v);
    (!v.is_empty() && !v.contains(|c: char| c.is_whitespace() || "/:@?#*".contains(c)))
        .then(|| v.to_owned())
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
            concepts: BTreeMap::new(),
            frames: Vec::new(),
            quote_blind: Vec::new(),
            sentence_excepts: Vec::new(),
            lookalikes: Vec::new(),
            scam_domains: Vec::new(),
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

    /// Parses one file and collects its top-level tables. Each list, rule and example is
    /// deserialized on its own, so one bad entry does not hide the errors of the next.
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
        let mut pending_concepts = Vec::new();
        for (key, value) in root.into_inner() {
            let kspan = key.span();
            match key.get_ref().as_ref() {
                "lists" => named_tables(file, "lists", value, &mut pending_lists, &mut out),
                "concepts" => {
                    named_tables(file, "concepts", value, &mut pending_concepts, &mut out)
                }
                "rule" => {
                    let hint = "start each rule with a `[[rule]]` header";
                    for item in array_items(file, "rule", value, hint, &mut out).iter() {
                        // The id, when readable, names the rule in a schema error.
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
                "example" => {
                    let hint = "start each whole-post example with an `[[example]]` header";
                    for item in array_items(file, "example", value, hint, &mut out).iter() {
                        let ispan = item.span();
                        match de::<PostExampleDef>(item.clone()) {
                            Ok(def) => self.examples.push((idx, def)),
                            Err(e) => out.push(serde_diag(file, &e, ispan, None)),
                        }
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
        for (name, span, def) in pending_concepts {
            self.add_concept(idx, name, span, def, &mut out);
        }
        self.diags.extend(out);
    }

    /// Registers a concept's terms (merging with the same concept from other files).
    fn add_concept(
        &mut self,
        file: usize,
        name: String,
        span: Range<usize>,
        def: ConceptDef,
        out: &mut Vec<Diagnostic>,
    ) {
        let f = &self.files[file];
        let entry = self.concepts.entry(name).or_insert_with(|| ConceptEntry {
            file,
            span,
            patterns: Vec::new(),
            amount_ratio: false,
            amount_tiers: false,
            bare_ratio: false,
            payout_list: false,
            payment_request: false,
            ticker: false,
            coin_amount: false,
            used: false,
            id: 0,
        });
        for (_, term) in def.terms() {
            if let Some(builtin) = term.get_ref().trim().strip_prefix('@') {
                if builtin == "amount_ratio" {
                    entry.amount_ratio = true;
                } else if builtin == "amount_tiers" {
                    entry.amount_tiers = true;
                } else if builtin == "bare_ratio" {
                    entry.bare_ratio = true;
                } else if builtin == "payout_list" {
                    entry.payout_list = true;
                } else if builtin == "payment_request" {
                    entry.payment_request = true;
                } else if builtin == "ticker" {
                    entry.ticker = true;
                } else if builtin == "coin_amount" {
                    entry.coin_amount = true;
                } else {
                    out.push(
                        f.at(
                            term.span(),
                            codes::UNKNOWN_BUILTIN,
                            format!("unknown built-in term `@{builtin}`"),
                        )
                        .hint("the built-in terms are: `@amount_ratio`, `@amount_tiers`, `@bare_ratio`, `@coin_amount`, `@payout_list`, `@payment_request`, `@ticker`"),
                    );
                }
                continue;
            }
            match concept_pattern(term.get_ref()) {
                Some((pattern, stem)) => {
                    if stem.is_some_and(|w| w.chars().count() < MIN_STEM_CHARS) {
                        out.push(
                            f.at(
                                term.span(),
                                codes::SHORT_STEM,
                                format!("stem `{}` is very short", term.get_ref()),
                            )
                            .warning()
                            .hint(format!(
                                "a stem of fewer than {MIN_STEM_CHARS} characters matches \
                                 ordinary words; write the forms out"
                            )),
                        );
                    }
                    let asked = is_asked(term.get_ref());
                    if let Some(known) = entry.patterns.iter_mut().find(|(p, _)| *p == pattern) {
                        // Written plain once and asked once: the plain term counts everywhere.
                        known.1 &= asked;
                    } else {
                        entry.patterns.push((pattern, asked));
                    }
                }
                None => out.push(empty_phrase(f, term, None)),
            }
        }
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

    /// Resolves references, compiles matchers and builds the set: the steps below, in this
    /// order (diagnostics at one location keep the order they are found in).
    fn finish(mut self) -> Result<RuleSet, Vec<Diagnostic>> {
        let mut set = RuleSet::default();
        let mut patterns = Patterns::default();
        let mut regexes = RegexesByHaystack::default();
        let concept_names = self.concept_patterns(&mut patterns, &mut set.matcher);
        self.compile_rules(&mut set, &mut patterns, &mut regexes);
        self.unused_lists();
        self.unused_concepts();
        set.matcher.frames = std::mem::take(&mut self.frames);
        set.matcher.sentence_excepts = std::mem::take(&mut self.sentence_excepts);
        set.matcher.frame_masks = set.matcher.frames.iter().map(FrameMask::of).collect();
        let m = &set.matcher;
        set.matcher.recognized = frame::mask(
            &[
                &m.ratio_concepts[..],
                &m.tiers_concepts,
                &m.bare_ratio_concepts,
                &m.ticker_concepts,
                &m.coin_amount_concepts,
                &m.payout_concepts,
                &m.payment_concepts,
            ]
            .concat(),
        );
        set.matcher.lookalikes = std::mem::take(&mut self.lookalikes);
        set.matcher.scam_domains = std::mem::take(&mut self.scam_domains);
        set.matcher.ignore_quoted = vec![false; set.rules.len()];
        for &r in &self.quote_blind {
            set.matcher.ignore_quoted[r as usize] = true;
        }
        set.matcher.concept_names = concept_names;
        self.post_examples(&mut set);
        set.allow = self.allowlists();
        set.known_scam = self.known_scam(&set.allow);
        self.build_matcher(&mut set.matcher, patterns, regexes);

        set.files = self.files.iter().map(|f| f.path.clone()).collect();
        set.static_categories = set
            .rules
            .iter()
            .map(|r| {
                CATEGORIES
                    .iter()
                    .copied()
                    .find(|c| *c == r.category)
                    .unwrap_or("")
            })
            .collect();
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

    /// Compiles every `[[rule]]`, in set order, into `set`; their phrases go to `patterns`,
    /// their regexes to `regexes`.
    fn compile_rules(
        &mut self,
        set: &mut RuleSet,
        patterns: &mut Patterns,
        regexes: &mut RegexesByHaystack,
    ) {
        // Each id and where it is first defined, for the duplicate-id error.
        let mut first_id: HashMap<String, Diagnostic> = HashMap::new();
        let rules = std::mem::take(&mut self.rules);
        for (ridx, (fidx, def)) in rules.into_iter().enumerate() {
            let (info, detail) =
                self.compile_rule(ridx as u32, fidx, def, &mut first_id, patterns, regexes);
            set.rules.push(info);
            set.details.push(detail);
        }
    }

    /// Compiles rule number `ridx`, defined in file `fidx`.
    fn compile_rule(
        &mut self,
        ridx: u32,
        fidx: usize,
        def: RuleDef,
        first_id: &mut HashMap<String, Diagnostic>,
        patterns: &mut Patterns,
        regexes: &mut RegexesByHaystack,
    ) -> (RuleInfo, RuleDetail) {
        let id = def.id.get_ref().clone();
        if def.ignore_quoted {
            self.quote_blind.push(ridx);
        }
        let mut rule = RuleScope {
            file: &self.files[fidx],
            fidx,
            ridx,
            id: &id,
            out: Vec::new(),
        };
        let line = rule.identity(&def, first_id);
        let lint_phrases = rule.phrases(&def, &mut self.lists, patterns);
        let excepts = rule.excepts(&def.except, patterns);
        let mut findings = Vec::new();
        lint::phrases(&lint_phrases, &excepts, &mut findings);
        let on = rule.regexes(&def, regexes, &mut findings);
        let lookalike = rule.lookalike_names(&def);
        let scam_domains = rule.scam_domains(&def);
        rule.locate_findings(findings, &self.files, &self.diags);
        rule.ineffective_settings(&def);
        let (examples, example_at) = rule.examples(def.examples, def.id.span());
        let file = rule.file.path.clone();
        self.diags.extend(rule.out);
        if let Some(frame) = &def.frame {
            self.compile_frame(fidx, ridx, &id, frame);
        }
        self.compile_sentence_excepts(fidx, ridx, &id, &def.except_sentences);
        if !lookalike.is_empty() {
            self.lookalikes.push((ridx, lookalike));
        }
        if !scam_domains.is_empty() {
            self.scam_domains.push((ridx, scam_domains));
        }
        let info = RuleInfo {
            id,
            description: def.description,
            category: def.category.into_inner(),
            weight: *def.weight.get_ref(),
            mode: def.mode.unwrap_or(Mode::Act),
        };
        let detail = RuleDetail {
            lang: def.lang,
            examples,
            file,
            line,
            on_urls: (on == On::Urls && !def.regex.is_empty())
                || !def.lookalike.is_empty()
                || !def.domains.is_empty(),
            example_at,
        };
        (info, detail)
    }

    /// Adds every concept term to the automaton; returns the concept names by index.
    fn concept_patterns(&mut self, patterns: &mut Patterns, matcher: &mut Matcher) -> Vec<String> {
        let mut names = Vec::with_capacity(self.concepts.len());
        for (i, (name, c)) in self.concepts.iter_mut().enumerate() {
            c.id = i as u16;
            names.push(name.clone());
            if c.amount_ratio {
                matcher.ratio_concepts.push(i as u16);
            }
            if c.amount_tiers {
                matcher.tiers_concepts.push(i as u16);
            }
            if c.bare_ratio {
                matcher.bare_ratio_concepts.push(i as u16);
            }
            if c.ticker {
                matcher.ticker_concepts.push(i as u16);
            }
            if c.coin_amount {
                matcher.coin_amount_concepts.push(i as u16);
            }
            if c.payout_list {
                matcher.payout_concepts.push(i as u16);
            }
            if c.payment_request {
                matcher.payment_concepts.push(i as u16);
            }
            for (p, asked) in &c.patterns {
                let id = patterns.intern(p.clone());
                let t = patterns.targets(id);
                if *asked {
                    t.asked.push(i as u16);
                } else {
                    t.concepts.push(i as u16);
                }
            }
        }
        names
    }

    /// Warns about concepts no frame uses (run after every rule is compiled).
    fn unused_concepts(&mut self) {
        for (name, c) in &self.concepts {
            if !c.used {
                let d = self.files[c.file]
                    .at(
                        c.span.clone(),
                        codes::UNUSED_CONCEPT,
                        format!("concept `{name}` is not used by any frame"),
                    )
                    .warning();
                self.diags.push(d);
            }
        }
    }

    /// Registers a rule's `except_sentences` concepts (an unknown one is an error, as in a
    /// frame).
    fn compile_sentence_excepts(
        &mut self,
        fidx: usize,
        ridx: u32,
        id: &str,
        names: &[Spanned<String>],
    ) {
        for n in names {
            let Some(c) = self.concepts.get_mut(n.get_ref()) else {
                let d = self.files[fidx]
                    .at(
                        n.span(),
                        codes::UNKNOWN_CONCEPT,
                        format!("unknown concept `{}`", n.get_ref()),
                    )
                    .rule(Some(id))
                    .hint(format!(
                        "define it in any rule file with `[concepts.{}]` and terms per language",
                        n.get_ref()
                    ));
                self.diags.push(d);
                continue;
            };
            c.used = true;
            let concept = c.id;
            match self
                .sentence_excepts
                .iter_mut()
                .find(|(k, _)| *k == concept)
            {
                Some((_, rules)) => push_once(rules, ridx),
                None => self.sentence_excepts.push((concept, vec![ridx])),
            }
        }
    }

    /// Compiles a rule's `frame`: its concepts resolved to indexes.
    fn compile_frame(&mut self, fidx: usize, ridx: u32, id: &str, def: &FrameDef) {
        let f = &self.files[fidx];
        let mut resolve = |names: &[Spanned<String>], out: &mut Vec<Diagnostic>| {
            let mut ids = Vec::with_capacity(names.len());
            for n in names {
                match self.concepts.get_mut(n.get_ref()) {
                    Some(c) => {
                        c.used = true;
                        ids.push(c.id);
                    }
                    None => out.push(
                        f.at(
                            n.span(),
                            codes::UNKNOWN_CONCEPT,
                            format!("unknown concept `{}`", n.get_ref()),
                        )
                        .rule(Some(id))
                        .hint(format!(
                            "define it in any rule file with `[concepts.{}]` and terms per \
                             language",
                            n.get_ref()
                        )),
                    ),
                }
            }
            ids
        };
        let mut out = Vec::new();
        let all = resolve(&def.all, &mut out);
        let any = resolve(&def.any, &mut out);
        let negated_by = resolve(&def.negated_by, &mut out);
        let window = def.window.as_ref().map_or(DEFAULT_WINDOW, |w| *w.get_ref());
        if let Some(w) = &def.window {
            if window == 0 {
                out.push(
                    f.at(
                        w.span(),
                        codes::BAD_FRAME,
                        "a frame's window must be at least 1 token".into(),
                    )
                    .rule(Some(id)),
                );
            } else if window > MAX_WINDOW {
                out.push(
                    f.at(
                        w.span(),
                        codes::WIDE_WINDOW,
                        format!("a window of {window} tokens is wider than {MAX_WINDOW}"),
                    )
                    .rule(Some(id))
                    .warning()
                    .hint("concepts that far apart need not be about one thing"),
                );
            }
        }
        if def.ignore_quoted && def.quoted_only {
            out.push(
                f.at(
                    0..0,
                    codes::BAD_FRAME,
                    "a frame cannot both ignore quoted words (`ignore_quoted`) and count only \
                     them (`quoted_only`)"
                        .into(),
                )
                .rule(Some(id)),
            );
        }
        if def.all.is_empty() && def.any.is_empty() {
            out.push(
                f.at(
                    0..0,
                    codes::BAD_FRAME,
                    "a frame needs concepts in `all` or `any`".into(),
                )
                .rule(Some(id)),
            );
        }
        self.diags.extend(out);
        self.frames.push(FrameSpec {
            rule: ridx,
            all,
            any,
            window: window.max(1),
            requires: def.requires,
            negated_by,
            ignore_quoted: def.ignore_quoted,
            quoted_only: def.quoted_only,
        });
    }

    /// Warns about lists no rule uses (run after every rule is compiled).
    fn unused_lists(&mut self) {
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
    }

    /// The whole-post `[[example]]`s, in file order, checked against the rules of `set`.
    fn post_examples(&mut self, set: &mut RuleSet) {
        for (fidx, def) in std::mem::take(&mut self.examples) {
            let f = &self.files[fidx];
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
            set.post_examples.push(post_example(f, def));
        }
    }

    /// Builds the scanning machinery from the interned patterns and the compiled regexes.
    fn build_matcher(
        &mut self,
        matcher: &mut Matcher,
        mut patterns: Patterns,
        regexes: RegexesByHaystack,
    ) {
        let RegexesByHaystack {
            text,
            original,
            urls,
        } = regexes;
        // Arming adds the regexes' prefix literals to the patterns: before the automaton.
        let always = arm_text_regexes(matcher, &mut patterns, text);
        matcher.ac = self.automaton(&patterns.strings);
        // The patterns that can match an ASCII-only text, in an automaton of their own: most
        // posts are ASCII after folding, and their scan then walks a DFA a fraction of the
        // size (the other scripts' terms multiply the states and byte classes).
        let (ascii, ids): (Vec<String>, Vec<u32>) = patterns
            .strings
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_ascii())
            .map(|(i, p)| (p.clone(), i as u32))
            .unzip();
        if ascii.len() < patterns.strings.len() {
            matcher.ac_ascii = self.automaton(&ascii);
            matcher.ascii_ids = ids;
        }
        matcher.targets = patterns.targets;
        matcher.on_text = regex_group(always, false);
        matcher.on_original = regex_group(original, false);
        matcher.on_urls = regex_group(urls, true);
    }

    /// The one automaton over every pattern; `None` (and an error) when it cannot be built.
    fn automaton(&mut self, patterns: &[String]) -> Option<AhoCorasick> {
        if patterns.is_empty() {
            return None;
        }
        // A contiguous NFA: on the shipped rules (8,348 phrases) it searches as fast as a DFA
        // (same CPU time per post over 400,000 firehose posts) in 1.5 MB instead of 47 MB,
        // and builds 80 ms faster, which every reload pays. No prefilter: every pattern starts
        // with a space, so a prefilter would stop at every space and only add overhead.
        let kind = Some(AhoCorasickKind::ContiguousNFA);
        match AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(kind)
            .prefilter(false)
            .build(patterns)
        {
            Ok(ac) => Some(ac),
            Err(e) => {
                self.dir_error(
                    codes::REGEX_TOO_BIG,
                    format!("the phrase automaton cannot be built: {e}"),
                    Some("too many or too long phrases"),
                );
                None
            }
        }
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
                let Some(v) = bare_domain(d.get_ref()) else {
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
                    continue;
                };
                allow.domains.insert(v);
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

/// The patterns of the one automaton, interned: each distinct string gets one id. Rule
/// phrases, `except` phrases and regex prefix literals share them, so a string used by several
/// rules (or as both a phrase and a literal) is searched once.
#[derive(Default)]
struct Patterns {
    /// The pattern strings, by id.
    strings: Vec<String>,
    ids: HashMap<String, u32>,
    /// What each pattern stands for, by id.
    targets: Vec<Targets>,
}

impl Patterns {
    /// The id of `pattern`, added when new.
    fn intern(&mut self, pattern: String) -> u32 {
        if let Some(&id) = self.ids.get(&pattern) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.ids.insert(pattern.clone(), id);
        self.strings.push(pattern);
        self.targets.push(Targets::default());
        id
    }

    /// What pattern `id` stands for.
    fn targets(&mut self, id: u32) -> &mut Targets {
        &mut self.targets[id as usize]
    }
}

/// Appends `x` unless it is already last. Entries are added in rule (or regex) order, so
/// this keeps a target list free of repeats without searching it.
fn push_once(list: &mut Vec<u32>, x: u32) {
    if list.last() != Some(&x) {
        list.push(x);
    }
}

/// One compiled rule regex, before it goes into the group of its haystack.
struct RuleRegex {
    /// The pattern as written: the [`regex::RegexSet`] prefilter is built from it.
    source: String,
    regex: Regex,
    /// Index of the rule.
    rule: u32,
}

/// The compiled regexes of every rule, by the haystack they run on, in rule order.
#[derive(Default)]
struct RegexesByHaystack {
    text: Vec<RuleRegex>,
    original: Vec<RuleRegex>,
    urls: Vec<RuleRegex>,
}

impl RegexesByHaystack {
    fn on(&mut self, on: On) -> &mut Vec<RuleRegex> {
        match on {
            On::Text => &mut self.text,
            On::Original => &mut self.original,
            On::Urls => &mut self.urls,
        }
    }
}

/// One `[[rule]]` being compiled: where it is written, and the diagnostics found so far, in
/// the order they are found (which orders diagnostics at the same location).
struct RuleScope<'a> {
    file: &'a SourceFile,
    /// Index of `file` in the compiler's file table.
    fidx: usize,
    /// Index of the rule in the set.
    ridx: u32,
    id: &'a str,
    out: Vec<Diagnostic>,
}

impl RuleScope<'_> {
    /// A diagnostic at `span` of the rule's file, naming the rule.
    fn at(&self, span: Range<usize>, code: &'static str, message: String) -> Diagnostic {
        self.file.at(span, code, message).rule(Some(self.id))
    }

    /// Checks the id (syntax, uniqueness), the category and the weight; returns the line of
    /// the id.
    fn identity(&mut self, def: &RuleDef, first_id: &mut HashMap<String, Diagnostic>) -> usize {
        let id = self.id;
        let valid_byte =
            |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b);
        if id.is_empty() || id.len() > MAX_ID_LEN || !id.bytes().all(valid_byte) {
            // Not `self.at`: the message quotes the id, and the golden files show this
            // diagnostic without a `(rule ...)` suffix.
            self.out.push(
                self.file.at(def.id.span(), codes::BAD_RULE_ID, format!("invalid rule id `{id}`"))
                    .hint(format!(
                        "use 1 to {MAX_ID_LEN} characters from `a-z 0-9 . _ -`, e.g. `en.multiply.send-back-double`"
                    )),
            );
        }
        let here = self.file.at(def.id.span(), "", String::new());
        match first_id.get(id) {
            Some(prev) => self.out.push(
                self.at(
                    def.id.span(),
                    codes::DUPLICATE_RULE,
                    format!("duplicate rule id `{id}`"),
                )
                .hint(format!("first defined at {}", location(prev))),
            ),
            None => {
                first_id.insert(id.to_owned(), here.clone());
            }
        }
        let category = def.category.get_ref();
        if !CATEGORIES.contains(&category.as_str()) {
            self.out.push(
                self.at(
                    def.category.span(),
                    codes::UNKNOWN_CATEGORY,
                    format!("unknown category `{category}`"),
                )
                .hint(format!("expected one of {}", backticked(CATEGORIES))),
            );
        }
        let weight = *def.weight.get_ref();
        if !weight.is_finite() || weight.abs() > MAX_WEIGHT {
            self.out.push(
                self.at(
                    def.weight.span(),
                    codes::BAD_WEIGHT,
                    format!("weight {weight} is out of range"),
                )
                .hint(format!(
                    "use a finite number between -{MAX_WEIGHT} and {MAX_WEIGHT}"
                )),
            );
        }
        here.line
    }

    /// Phrases and lists → patterns of the one automaton; returns every phrase for the linter.
    fn phrases(
        &mut self,
        def: &RuleDef,
        lists: &mut BTreeMap<String, ListEntry>,
        patterns: &mut Patterns,
    ) -> Vec<lint::PhraseRef> {
        // The rule's patterns so far, with the first phrase's text as written.
        let mut mine: HashMap<u32, Option<String>> = HashMap::new();
        let mut lint_phrases = Vec::new();
        for p in &def.phrases {
            let Some(n) = normalized_phrase(p.get_ref()) else {
                self.out.push(empty_phrase(self.file, p, Some(self.id)));
                continue;
            };
            lint_phrases.push(lint::PhraseRef {
                norm: n.clone(),
                written: p.get_ref().clone(),
                file: self.fidx,
                span: p.span(),
                list: None,
            });
            self.add_phrase(patterns, &mut mine, n, Some((p.get_ref(), p.span())));
        }
        for l in &def.lists {
            let Some(list) = lists.get_mut(l.get_ref()) else {
                self.out.push(
                    self.at(
                        l.span(),
                        codes::UNKNOWN_LIST,
                        format!("unknown list `{}`", l.get_ref()),
                    )
                    .hint(format!(
                        "define it in any rule file with `[lists.{}]` and `phrases = [...]`",
                        l.get_ref()
                    )),
                );
                continue;
            };
            list.used = true;
            for (n, (w, span)) in list.phrases.iter().zip(&list.written) {
                lint_phrases.push(lint::PhraseRef {
                    norm: n.clone(),
                    written: w.clone(),
                    file: list.file,
                    span: span.clone(),
                    list: Some(l.get_ref().clone()),
                });
                self.add_phrase(patterns, &mut mine, n.clone(), None);
            }
        }
        lint_phrases
    }

    /// Adds one normalized phrase of the rule to the automaton. A phrase that normalizes like
    /// an earlier one of the rule is merged silently when it is written differently (spelling
    /// variants such as "zurück"/"zurueck" keep the set independent of how much the
    /// normalizer folds), and is a warning when it is a plain copy. `written` is `None` for
    /// list phrases (lists are checked on their own).
    fn add_phrase(
        &mut self,
        patterns: &mut Patterns,
        mine: &mut HashMap<u32, Option<String>>,
        norm: String,
        written: Option<(&str, Range<usize>)>,
    ) {
        let pid = patterns.intern(norm);
        let key = written.as_ref().map(|(w, _)| w.trim().to_lowercase());
        let Some(first) = mine.get(&pid) else {
            mine.insert(pid, key);
            patterns.targets(pid).rules.push(self.ridx);
            return;
        };
        if let (Some(first), Some(key), Some((_, span))) = (first, &key, written)
            && first == key
        {
            self.out.push(
                self.at(
                    span,
                    codes::DUPLICATE_PHRASE,
                    format!("phrase `{}` appears twice in this rule", key),
                )
                .warning()
                .hint("remove the copy (case and surrounding spaces do not matter)"),
            );
        }
    }

    /// `except` phrases → patterns that suppress this rule's matches inside them; returns them
    /// normalized, for the linter.
    fn excepts(&mut self, except: &[Spanned<String>], patterns: &mut Patterns) -> Vec<String> {
        let mut normalized = Vec::with_capacity(except.len());
        for p in except {
            let Some(n) = normalized_phrase(p.get_ref()) else {
                self.out.push(empty_phrase(self.file, p, Some(self.id)));
                continue;
            };
            normalized.push(n.clone());
            let pid = patterns.intern(n);
            push_once(&mut patterns.targets(pid).excepts, self.ridx);
        }
        normalized
    }

    /// Compiles and lints the rule's regexes into the group of its haystack, which it returns.
    /// Lint findings go to `findings`, located later with the phrase findings.
    fn regexes(
        &mut self,
        def: &RuleDef,
        regexes: &mut RegexesByHaystack,
        findings: &mut Vec<lint::Finding>,
    ) -> On {
        let on = def.on.as_ref().map_or(On::Text, |o| *o.get_ref());
        let hay = match on {
            On::Text => lint::Haystack::Normalized,
            On::Original => lint::Haystack::Original,
            On::Urls => lint::Haystack::Urls,
        };
        for r in &def.regex {
            let re = match compile_regex(r.get_ref()) {
                Ok(re) => re,
                Err(p) => {
                    self.out
                        .push(self.at(r.span(), p.code, p.message).hint(p.hint));
                    continue;
                }
            };
            lint::regex(r.get_ref(), &re, hay, self.fidx, r.span(), findings);
            if uses_unicode_word_boundary(r.get_ref()) {
                let hint = match on {
                    On::Text => {
                        "the normalized text is words separated by single spaces, with a space at each end: write ` ` instead of `\\b`"
                    }
                    On::Original | On::Urls => {
                        "write `(?-u:\\b)` (ASCII word boundary) instead of `\\b`"
                    }
                };
                self.out.push(
                    self.at(
                        r.span(),
                        codes::SLOW_WORD_BOUNDARY,
                        "Unicode `\\b` makes this regex take the slow path on non-ASCII text"
                            .into(),
                    )
                    .warning()
                    .hint(hint),
                );
            }
            regexes.on(on).push(RuleRegex {
                source: r.get_ref().clone(),
                regex: re,
                rule: self.ridx,
            });
        }
        on
    }

    /// Turns the linter's findings into diagnostics. `reported` holds the diagnostics of the
    /// rules before: a list phrase shared by several rules is reported once per message.
    fn locate_findings(
        &mut self,
        findings: Vec<lint::Finding>,
        files: &[SourceFile],
        reported: &[Diagnostic],
    ) {
        for f in findings {
            let d = files[f.file]
                .at(f.span, f.code, f.message)
                .rule(Some(self.id))
                .hint(f.hint);
            let d = Diagnostic {
                severity: f.severity,
                ..d
            };
            if !reported.contains(&d) && !self.out.contains(&d) {
                self.out.push(d);
            }
        }
    }

    /// Settings that can have no effect: `on` without a regex, a rule that matches nothing.
    /// The rule's `domains`, lowercase bare hosts; `E016` for one that is not a host name.
    fn scam_domains(&mut self, def: &RuleDef) -> HashSet<String> {
        let mut out = HashSet::new();
        for d in &def.domains {
            match bare_domain(d.get_ref()) {
                Some(v) => {
                    out.insert(v);
                }
                None => self.out.push(
                    self.at(
                        d.span(),
                        codes::BAD_DOMAIN,
                        format!("invalid domain `{}`", d.get_ref()),
                    )
                    .hint(
                        "write the bare host name, e.g. `elon-gift.xyz` (subdomains are covered)",
                    ),
                ),
            }
        }
        out
    }

    /// The rule's `lookalike` names, lowercase; `E026` for one that is not a plain word.
    fn lookalike_names(&mut self, def: &RuleDef) -> Vec<String> {
        let mut names = Vec::with_capacity(def.lookalike.len());
        for n in &def.lookalike {
            let name = n.get_ref().trim().to_ascii_lowercase();
            if (4..=40).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric()) {
                names.push(name);
            } else {
                self.out.push(
                    self.at(
                        n.span(),
                        codes::BAD_LOOKALIKE,
                        format!("lookalike name `{}` is not a word of 4 to 40 ASCII letters and digits", n.get_ref()),
                    )
                    .hint("list the name as it is spelt in a domain: `binance`, `saylor`, `microstrategy`"),
                );
            }
        }
        names
    }

    fn ineffective_settings(&mut self, def: &RuleDef) {
        if let Some(o) = &def.on
            && def.regex.is_empty()
            && def.lookalike.is_empty()
            && def.domains.is_empty()
        {
            self.out.push(
                self.at(
                    o.span(),
                    codes::ON_WITHOUT_REGEX,
                    "`on` has no effect without `regex`".into(),
                )
                .warning()
                .hint("phrases always match the normalized text"),
            );
        }
        if def.phrases.is_empty()
            && def.lists.is_empty()
            && def.regex.is_empty()
            && def.lookalike.is_empty()
            && def.domains.is_empty()
            && def.frame.is_none()
        {
            self.out.push(self.at(
                def.id.span(),
                codes::MATCHES_NOTHING,
                "rule has no `phrases`, `lists`, `regex` or `frame`: it can never fire".into(),
            ));
        }
    }

    /// The rule's examples and where each is written (`match` ones first, then `no_match`);
    /// warns when there are none, at `id_span`.
    fn examples(
        &mut self,
        def: Option<ExamplesDef>,
        id_span: Range<usize>,
    ) -> (Examples, Vec<(usize, usize)>) {
        let mut example_at = Vec::new();
        let examples = def.map_or_else(Examples::default, |e| {
            let mut take = |v: Vec<Spanned<String>>| -> Vec<String> {
                v.into_iter()
                    .map(|x| {
                        example_at.push(self.file.line_col(x.span().start));
                        x.into_inner()
                    })
                    .collect()
            };
            let matches = take(e.matches);
            let no_match = take(e.no_match);
            Examples { matches, no_match }
        });
        if examples.matches.is_empty() && examples.no_match.is_empty() {
            self.out.push(
                self.at(id_span, codes::NO_EXAMPLES, "rule has no examples".into())
                    .warning()
                    .hint("add `examples = { match = [\"...\"], no_match = [\"...\"] }` so `test-rules` can check it"),
            );
        }
        (examples, example_at)
    }
}

/// Normalized-text regexes with a literal prefix are armed by the automaton (their prefixes
/// become patterns, up to [`MAX_TRIGGERED`] regexes); returns the others, which run on every
/// post.
fn arm_text_regexes(
    matcher: &mut Matcher,
    patterns: &mut Patterns,
    text: Vec<RuleRegex>,
) -> Vec<RuleRegex> {
    let mut always = Vec::new();
    for r in text {
        let prefixes = if matcher.triggered.len() < MAX_TRIGGERED {
            prefix_literals(&r.source)
        } else {
            None
        };
        let Some(lits) = prefixes else {
            always.push(r);
            continue;
        };
        let j = matcher.triggered.len() as u32;
        matcher.triggered.push(TriggeredRegex {
            regex: r.regex,
            rule: r.rule,
        });
        for lit in lits {
            let pid = patterns.intern(lit);
            push_once(&mut patterns.targets(pid).regexes, j);
        }
    }
    always
}

/// A whole-post example as the set keeps it, located at its `name` value.
fn post_example(f: &SourceFile, def: PostExampleDef) -> super::PostExample {
    let here = f.at(def.name.span(), "", String::new());
    super::PostExample {
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

/// A frame's default window, in tokens.
const DEFAULT_WINDOW: u32 = 12;
/// Wider windows get a warning.
const MAX_WINDOW: u32 = 40;
/// Stems shorter than this get a warning.
const MIN_STEM_CHARS: usize = 4;

/// The automaton pattern of a concept term: normalized like a phrase, without the bounding
/// space on a side marked `*` (so the word there may go on). Also returns the stem, when the
/// term is one word with a `*`, for the short-stem lint. `None` when nothing is left.
/// An asked term: written with its question mark (`"es real?"`, `"진짜예요?"`) or Spanish's
/// opening `¿` (`"¿es real"`). It counts only where the post puts the mark there too
/// ([`super::scan::asked_at`]).
fn is_asked(term: &str) -> bool {
    let t = term.trim();
    t.ends_with(['?', '？', '؟']) || t.starts_with('¿')
}

fn concept_pattern(term: &str) -> Option<(String, Option<String>)> {
    let t = term.trim();
    let prefix = t.ends_with('*');
    let suffix = t.starts_with('*');
    let core = t.trim_matches('*');
    let mut p = normalized_phrase(core)?;
    // Only a one-word stem can be too short: the other words of a longer term narrow it.
    let one_word = !p.trim().contains(' ');
    let stem = ((prefix || suffix) && one_word).then(|| p.trim().to_owned());
    if prefix {
        p.pop();
    }
    if suffix {
        p.remove(0);
    }
    Some((p, stem))
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

/// Groups with at most this many regexes run them one by one instead of behind a set.
const SET_MIN_REGEXES: usize = 8;

/// Why a rule regex was refused.
struct RegexProblem {
    code: &'static str,
    message: String,
    hint: String,
}

/// Compiles one rule regex with the memory limits.
fn compile_regex(p: &str) -> Result<Regex, RegexProblem> {
    let re = RegexBuilder::new(p)
        .case_insensitive(true)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(limit) => RegexProblem {
                code: codes::REGEX_TOO_BIG,
                message: format!("regex `{p}` compiles past the {limit}-byte size limit"),
                hint: "use smaller repetition counts or narrower classes (Unicode `\\w` is large)"
                    .to_owned(),
            },
            other => {
                let text = other.to_string();
                let reason = text
                    .lines()
                    .find_map(|l| l.strip_prefix("error: "))
                    .unwrap_or(text.lines().last().unwrap_or("invalid"))
                    .to_owned();
                RegexProblem {
                    code: codes::BAD_REGEX,
                    message: format!("invalid regex `{p}`: {reason}"),
                    hint: "see the syntax section of the `regex` crate documentation".to_owned(),
                }
            }
        })?;
    if re.is_match("") {
        return Err(RegexProblem {
            code: codes::REGEX_MATCHES_EMPTY,
            message: format!(
                "regex `{p}` matches the empty string, so it would fire on every post"
            ),
            hint: "require at least one character (e.g. `+` instead of `*`)".to_owned(),
        });
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
fn regex_group(list: Vec<RuleRegex>, short_haystacks: bool) -> RegexGroup {
    let set = if list.is_empty() || (!short_haystacks && list.len() <= SET_MIN_REGEXES) {
        None
    } else {
        RegexSetBuilder::new(list.iter().map(|r| &r.source))
            .case_insensitive(true)
            .size_limit(REGEX_SET_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SET_SIZE_LIMIT)
            .build()
            .ok()
    };
    let (regexes, rule) = list.into_iter().map(|r| (r.regex, r.rule)).unzip();
    RegexGroup { set, regexes, rule }
}

/// A `[KEY.NAME]` entry (a list or a concept), deserialized, waiting to be registered once its
/// whole file is read.
type Pending<T> = (String, Range<usize>, T);

/// The `[KEY.*]` tables of one file (`lists`, `concepts`). They are registered after the
/// file's other tables (see [`Compiler::parse_file`]).
fn named_tables<T: for<'de> Deserialize<'de>>(
    file: &SourceFile,
    key: &str,
    value: Spanned<DeValue<'_>>,
    pending: &mut Vec<Pending<T>>,
    out: &mut Vec<Diagnostic>,
) {
    let vspan = value.span();
    let DeValue::Table(t) = value.into_inner() else {
        let hint = if key == "lists" {
            "write `[lists.NAME]` with `phrases = [...]`"
        } else {
            "write `[concepts.NAME]` with terms per language (`en = [...]`)"
        };
        out.push(
            file.at(vspan, codes::WRONG_TYPE, format!("`{key}` must be a table"))
                .hint(hint),
        );
        return;
    };
    for (name, v) in t {
        let nspan = name.span();
        let name = name.into_inner().into_owned();
        match de::<T>(v) {
            Ok(def) => pending.push((name, nspan, def)),
            Err(e) => out.push(serde_diag(file, &e, nspan, None)),
        }
    }
}

/// The entries of the array of tables `key` (`[[key]]`); a wrong-type error with `hint`, and
/// no entries, when the value is something else.
fn array_items<'i>(
    file: &SourceFile,
    key: &str,
    value: Spanned<DeValue<'i>>,
    hint: &str,
    out: &mut Vec<Diagnostic>,
) -> DeArray<'i> {
    let vspan = value.span();
    match value.into_inner() {
        DeValue::Array(items) => items,
        _ => {
            out.push(
                file.at(
                    vspan,
                    codes::WRONG_TYPE,
                    format!("`{key}` must be an array of tables"),
                )
                .hint(hint),
            );
            DeArray::new()
        }
    }
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
