//! Plural forms: each language's CLDR rules read from text, and ICU plurals in texts checked and filled.

use cimentoplastie::domain::plural::{PluralRules, check_text, fill_plurals, names_in, plurals_in};

/// The CLDR 46 integer rules of the app's languages, as `content/languages.json` writes them.
fn rules(code: &str) -> PluralRules {
    let millions = "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5";
    let slavic = [
        ("one", "v = 0 and i % 10 = 1 and i % 100 != 11"),
        ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
        ("many", "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14"),
    ];
    let pairs: Vec<(&str, &str)> = match code {
        "fr" => vec![("one", "i = 0,1"), ("many", millions)],
        "en" => vec![("one", "i = 1 and v = 0")],
        "pt" => vec![("one", "i = 1 and v = 0"), ("many", millions)],
        "es" => vec![("one", "n = 1"), ("many", millions)],
        "tr" => vec![("one", "n = 1")],
        "ro" => vec![("one", "i = 1 and v = 0"), ("few", "v != 0 or n = 0 or n != 1 and n % 100 = 1..19")],
        "uk" | "ru" => slavic.to_vec(),
        "ar" => vec![
            ("zero", "n = 0"),
            ("one", "n = 1"),
            ("two", "n = 2"),
            ("few", "n % 100 = 3..10"),
            ("many", "n % 100 = 11..99"),
        ],
        _ => panic!("no rules for {code}"),
    };
    PluralRules::parse(pairs).unwrap_or_else(|e| panic!("{code}: {e}"))
}

#[test]
fn each_language_counts_as_cldr_samples_say() {
    // (language, category, CLDR's integer samples for it)
    let samples: &[(&str, &str, &[u64])] = &[
        ("fr", "one", &[0, 1]),
        ("fr", "many", &[1_000_000]),
        ("fr", "other", &[2, 14, 100, 1000]),
        ("en", "one", &[1]),
        ("en", "other", &[0, 2, 14, 21]),
        ("pt", "one", &[1]),
        ("pt", "other", &[0, 2, 14]),
        ("es", "one", &[1]),
        ("es", "many", &[2_000_000]),
        ("es", "other", &[0, 2, 14]),
        ("tr", "one", &[1]),
        ("tr", "other", &[0, 2, 14]),
        ("ro", "one", &[1]),
        ("ro", "few", &[0, 2, 14, 19, 101, 1001, 119]),
        ("ro", "other", &[20, 35, 100, 1000]),
        ("ru", "one", &[1, 21, 31, 101]),
        ("ru", "few", &[2, 3, 4, 22, 24, 102]),
        ("ru", "many", &[0, 5, 11, 12, 14, 20, 25, 100, 111]),
        ("uk", "one", &[1, 21]),
        ("uk", "few", &[2, 34]),
        ("uk", "many", &[5, 11, 14, 60]),
        ("ar", "zero", &[0]),
        ("ar", "one", &[1]),
        ("ar", "two", &[2]),
        ("ar", "few", &[3, 10, 103, 110]),
        ("ar", "many", &[11, 26, 99, 111, 1011]),
        ("ar", "other", &[100, 101, 102, 200]),
    ];
    for (code, category, numbers) in samples {
        let rules = rules(code);
        for number in *numbers {
            assert_eq!(rules.category(*number), *category, "{code} {number}");
        }
    }
    assert_eq!(rules("ar").categories(), ["zero", "one", "two", "few", "many", "other"]);
    assert_eq!(rules("tr").categories(), ["one", "other"]);
}

#[test]
fn a_broken_rule_is_refused_with_its_category() {
    for (category, rule, said) in [
        ("one", "i == 1", "not a whole number"),
        ("one", "x = 1", "unknown operand"),
        ("few", "n % 0 = 1", "divides by zero"),
        ("few", "n = a..b", "not a whole number"),
        ("some", "n = 1", "unknown plural category"),
        ("other", "n = 1", "takes no rule"),
        ("one", "", "empty"),
    ] {
        let error = PluralRules::parse([(category, rule)]).expect_err(rule).to_string();
        assert!(error.contains(said), "{rule}: {error}");
    }
}

#[test]
fn a_plural_text_is_filled_with_the_form_of_its_count() {
    let text = "Effacées dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}, {name}.";
    let fr = rules("fr");
    assert_eq!(fill_plurals(text, &[("seconds", 1)], &fr), "Effacées dans 1 seconde, {name}.");
    assert_eq!(fill_plurals(text, &[("seconds", 30)], &fr), "Effacées dans 30 secondes, {name}.");
    let ru = "Через {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}";
    let ru_rules = rules("ru");
    for (n, said) in [(1, "1 секунду"), (3, "3 секунды"), (5, "5 секунд"), (11, "11 секунд"), (21, "21 секунду")] {
        assert_eq!(fill_plurals(ru, &[("seconds", n)], &ru_rules), format!("Через {said}"));
    }
    // No count given: the text is left as it is.
    assert_eq!(fill_plurals(text, &[], &fr), text);
}

#[test]
fn a_plural_missing_a_category_of_the_language_is_named() {
    let ro = rules("ro");
    let problems = check_text("{days, plural, one {# zi} other {# de zile}}", &ro);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("{days, plural") && problems[0].contains("one few other"), "{problems:?}");
    assert!(check_text("{days, plural, one {# zi} few {# zile} other {# de zile}}", &ro).is_empty());
    let no_number = check_text("{days, plural, one {o zi} few {# zile} other {# de zile}}", &ro);
    assert!(no_number[0].contains("form one has no #"), "{no_number:?}");
    let unclosed = check_text("{days, plural, one {# zi} few {# zile}", &ro);
    assert!(unclosed[0].contains("not closed"), "{unclosed:?}");
    assert!(check_text("{days, select, a {x}}", &ro)[0].contains("only \"plural\""));
}

#[test]
fn names_are_the_same_whether_plain_or_plural() {
    assert_eq!(names_in("Au plus {max} caractères ({count})"), ["count", "max"]);
    assert_eq!(
        names_in("{count} / {max, plural, one {# caractère} other {# caractères}}"),
        ["count", "max"]
    );
    assert_eq!(plurals_in("{n} sur {total}").unwrap(), vec![]);
}
