//! Plural forms from each language's CLDR rules (written as data in `content/languages.json`) and
//! the ICU MessageFormat plurals in texts: `{days, plural, one {# jour} other {# jours}}`.
//!
//! Only whole numbers are ever counted here (days, seconds, characters), so the rules are read
//! for integers: the CLDR operands `n` and `i` are the number, `v`, `w`, `f`, `t`, `c` and `e`
//! are 0. A language needs no Rust: its rules are text, e.g. Russian's `one` is
//! `v = 0 and i % 10 = 1 and i % 100 != 11`.

use std::fmt;

/// The CLDR plural categories, in CLDR's order (the order a text lists them in).
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Why a rule or a plural text cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralError(pub String);

impl fmt::Display for PluralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A language's rules: for each category but `other`, its condition, in CLDR order. Read at build
/// and compiled into the app as constant data (`Bake`), so that the app carries no reader of rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PluralRules {
    rules: &'static [(&'static str, Condition)],
}

/// `or` of `and`s of relations.
type Condition = &'static [&'static [Relation]];

/// One relation of a rule: `i % 10 = 2..4`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relation {
    operand: char,
    modulo: Option<u64>,
    equal: bool,
    ranges: &'static [(u64, u64)],
}

impl Relation {
    /// A relation as baked into the app (`Bake for PluralRules`).
    pub const fn baked(operand: char, modulo: Option<u64>, equal: bool, ranges: &'static [(u64, u64)]) -> Self {
        Self { operand, modulo, equal, ranges }
    }
}

/// A list read at build made constant: the few bytes of a language's rules, kept for the run.
fn leak<T>(list: Vec<T>) -> &'static [T] {
    Box::leak(list.into_boxed_slice())
}

impl PluralRules {
    /// Rules as baked into the app.
    pub const fn baked(rules: &'static [(&'static str, Condition)]) -> Self {
        Self { rules }
    }
}

impl crate::bake::Bake for PluralRules {
    /// A constant (`{ const RULES: … = …; RULES }`): data in the app, no code.
    fn bake(&self, out: &mut crate::bake::Baker) {
        let path = concat!("::", module_path!());
        out.write(&format!("{{ const RULES: {path}::PluralRules = {path}::PluralRules::baked(&["));
        for (category, condition) in self.rules {
            out.write(&format!("({category:?}, &["));
            for all in *condition {
                out.write("&[");
                for r in *all {
                    out.write(&format!(
                        "{path}::Relation::baked({:?}, {:?}, {}, &{:?}), ",
                        r.operand, r.modulo, r.equal, r.ranges
                    ));
                }
                out.write("], ");
            }
            out.write("]), ");
        }
        out.write("]); RULES }");
    }
}

impl PluralRules {
    /// Reads `(category, condition)` pairs as CLDR writes them (`"one": "i = 1 and v = 0"`).
    /// `other` needs no condition and must not have one; samples (`@integer …`) are ignored.
    pub fn parse<'a>(
        rules: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, PluralError> {
        let mut read = Vec::new();
        for (category, text) in rules {
            let Some(&known) = CATEGORIES.iter().find(|c| **c == category) else {
                return Err(PluralError(format!(
                    "unknown plural category {category:?} (CLDR's are {})",
                    CATEGORIES.join(", ")
                )));
            };
            if known == "other" {
                return Err(PluralError(
                    "\"other\" takes no rule: it is every number the others leave".into(),
                ));
            }
            let condition = parse_condition(text.split('@').next().unwrap_or(""))
                .map_err(|why| PluralError(format!("rule {category:?}: {why}")))?;
            read.push((known, condition));
        }
        read.sort_by_key(|(category, _)| CATEGORIES.iter().position(|c| c == category));
        if read.windows(2).any(|pair| pair[0].0 == pair[1].0) {
            return Err(PluralError("a category has two rules".into()));
        }
        Ok(Self { rules: leak(read) })
    }

    /// The categories a text must give, in CLDR order: those with a rule, then `other`.
    pub fn categories(&self) -> Vec<&'static str> {
        self.rules
            .iter()
            .map(|(category, _)| *category)
            .chain(["other"])
            .collect()
    }

    /// The category of a whole number.
    pub fn category(&self, number: u64) -> &'static str {
        self.rules
            .iter()
            .find(|(_, condition)| holds(condition, number))
            .map_or("other", |(category, _)| category)
    }
}

fn holds(condition: &Condition, number: u64) -> bool {
    condition.iter().any(|all| {
        all.iter().all(|relation| {
            let value = match relation.operand {
                'n' | 'i' => number,
                _ => 0,
            };
            let value = relation.modulo.map_or(value, |m| value % m);
            let inside = relation
                .ranges
                .iter()
                .any(|&(low, high)| (low..=high).contains(&value));
            inside == relation.equal
        })
    })
}

fn parse_condition(text: &str) -> Result<Condition, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty condition".into());
    }
    let any = text
        .split(" or ")
        .map(|all| all.split(" and ").map(parse_relation).collect::<Result<Vec<_>, _>>().map(leak))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(leak(any))
}

fn parse_relation(text: &str) -> Result<Relation, String> {
    let (left, equal, right) = if let Some((l, r)) = text.split_once("!=") {
        (l, false, r)
    } else if let Some((l, r)) = text.split_once('=') {
        (l, true, r)
    } else {
        return Err(format!("{:?} has no = or !=", text.trim()));
    };
    let mut left = left.split('%').map(str::trim);
    let operand = match left.next() {
        Some(o) if o.len() == 1 && "nivwftce".contains(o) => o.chars().next().unwrap_or('n'),
        other => return Err(format!("unknown operand {:?}", other.unwrap_or(""))),
    };
    let modulo = match left.next() {
        Some(m) => match number(m)? {
            0 => return Err("% 0 divides by zero".into()),
            m => Some(m),
        },
        None => None,
    };
    let ranges = right
        .split(',')
        .map(|range| match range.split_once("..") {
            Some((low, high)) => Ok((number(low)?, number(high)?)),
            None => number(range).map(|n| (n, n)),
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Relation {
        operand,
        modulo,
        equal,
        ranges: leak(ranges),
    })
}

fn number(text: &str) -> Result<u64, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{:?} is not a whole number", text.trim()))
}

/// One `{name, plural, …}` found in a text: where it is, its name and its forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralText<'a> {
    pub start: usize,
    pub end: usize,
    pub name: &'a str,
    pub forms: Vec<(&'a str, &'a str)>,
}

/// Every plural in `text`, or what is wrong with the first that cannot be read.
pub fn plurals_in(text: &str) -> Result<Vec<PluralText<'_>>, PluralError> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let head_end = text[open..]
            .find(['}', ','])
            .map(|i| open + i)
            .ok_or_else(|| PluralError(format!("a {{ at byte {open} is never closed")))?;
        if text.as_bytes()[head_end] == b'}' {
            from = head_end + 1; // a plain placeholder
            continue;
        }
        let name = &text[open + 1..head_end];
        let rest = text[head_end + 1..].trim_start();
        let Some(mut body) = rest.strip_prefix("plural,") else {
            return Err(PluralError(format!(
                "{{{name}, …}}: only \"plural\" is known here"
            )));
        };
        let mut forms = Vec::new();
        loop {
            body = body.trim_start();
            if let Some(after) = body.strip_prefix('}') {
                let end = text.len() - after.len();
                found.push(PluralText {
                    start: open,
                    end,
                    name,
                    forms,
                });
                from = end;
                break;
            }
            let space = body
                .find('{')
                .ok_or_else(|| PluralError(format!("{{{name}, plural, …}} is not closed")))?;
            let category = body[..space].trim();
            let close = body[space..].find('}').map(|i| space + i).ok_or_else(|| {
                PluralError(format!(
                    "{{{name}, plural, …}}: the form {category} is not closed"
                ))
            })?;
            let form = &body[space + 1..close];
            if form.contains('{') {
                return Err(PluralError(format!(
                    "{{{name}, plural, …}}: the form {category} holds a {{"
                )));
            }
            forms.push((category, form));
            body = &body[close + 1..];
        }
    }
    Ok(found)
}

/// What is wrong with the plurals of a text for a language with these rules: each must give every
/// category the language has, in CLDR order, no other, each with `#` for the number.
pub fn check_text(text: &str, rules: &PluralRules) -> Vec<String> {
    let plurals = match plurals_in(text) {
        Ok(plurals) => plurals,
        Err(error) => return vec![error.0],
    };
    let wanted = rules.categories();
    let mut problems = Vec::new();
    for plural in plurals {
        let given: Vec<&str> = plural.forms.iter().map(|(c, _)| *c).collect();
        if given != wanted {
            problems.push(format!(
                "{{{}, plural, …}} gives {}; this language needs {}, in that order",
                plural.name,
                given.join(" "),
                wanted.join(" ")
            ));
        }
        for (category, form) in &plural.forms {
            if !form.contains('#') {
                problems.push(format!(
                    "{{{}, plural, …}}: the form {category} has no # for the number",
                    plural.name
                ));
            }
        }
    }
    problems
}

/// The names a text uses, plain (`{max}`) or plural (`{max, plural, …}`), sorted, each once.
pub fn names_in(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let Some(end) = text[open..].find(['}', ',']).map(|i| open + i) else {
            break;
        };
        let name = &text[open + 1..end];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            names.push(name);
        }
        from = match plurals_in(&text[open..]) {
            Ok(p) if p.first().is_some_and(|p| p.start == 0) => open + p[0].end,
            _ => end + 1,
        };
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// Fills each `{name, plural, …}` whose name has a count: the form of the count's category, with
/// `#` as the number. A plural whose category is missing falls back on `other`, then on the
/// number alone (the check at build refuses such texts). Plain `{name}`s are left for `fill`.
pub fn fill_plurals(text: &str, counts: &[(&str, u64)], rules: &PluralRules) -> String {
    let Ok(plurals) = plurals_in(text) else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for plural in plurals {
        let Some(&(_, count)) = counts.iter().find(|(name, _)| *name == plural.name) else {
            continue;
        };
        let category = rules.category(count);
        let form = plural
            .forms
            .iter()
            .find(|(c, _)| *c == category)
            .or_else(|| plural.forms.iter().find(|(c, _)| *c == "other"))
            .map_or("#", |(_, form)| form);
        out.push_str(&text[from..plural.start]);
        out.push_str(&form.replace('#', &count.to_string()));
        from = plural.end;
    }
    out.push_str(&text[from..]);
    out
}
