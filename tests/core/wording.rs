//! The medical wording review: what the questions, hints and help texts must say (and never say), and French typography.

use cimentoplastie::domain::questionnaire::{HelpKind, Item};
use cimentoplastie::domain::ui_text::{character_count_text, date_time, download_file_name};
use serde_json::Value;

use crate::{json_strings, shipped_library};

/// The texts of a question's display children of one kind, joined.
fn help(item: &Item, kind: HelpKind) -> String {
    item.help(kind).map(|h| h.text.as_str()).collect::<Vec<_>>().join(" ")
}

#[test]
fn no_help_text_tells_the_patient_their_answer_is_a_contraindication() {
    // After "Oui", "… est une contre-indication" reads as "I cannot have it": the team decides.
    for language in &shipped_library().languages {
        let q = &language.content().questionnaire;
        for item in q.questions() {
            for kind in [HelpKind::Hint, HelpKind::Why] {
                let text = help(item, kind).to_lowercase();
                assert!(
                    !text.contains("contre-indication") && !text.contains("contraindication"),
                    "content/{}/questionnaire.json: {}: a help text gives a verdict: {text}",
                    language.info.code,
                    item.link_id
                );
            }
            if item.help(HelpKind::Why).next().is_some() {
                let why = help(item, HelpKind::Why).to_lowercase();
                assert!(
                    why.contains("l’équipe") || why.contains("the team"),
                    "content/{}/questionnaire.json: {}: the help must say the team needs to know and decides",
                    language.info.code,
                    item.link_id
                );
            }
        }
    }
}

#[test]
fn blood_thinners_name_both_families_with_generics_and_never_call_antiplatelets_anticoagulants() {
    let library = shipped_library();
    let words = [
        ("fr", "antiagrégants plaquettaires", "anticoagulants", "N’arrêtez aucun médicament"),
        ("en", "antiplatelet", "anticoagulants", "Do not stop any medicine"),
    ];
    for (code, antiplatelet, anticoagulant, do_not_stop) in words {
        let language = library.languages.iter().find(|l| l.info.code == code).unwrap();
        let item = language.content().questionnaire.question("anticoagulant").unwrap();
        // The hint is shown on the question page itself, not only behind "Pourquoi cette question ?".
        let hint = help(item, HelpKind::Hint).to_lowercase();
        let at = format!("content/{code}/questionnaire.json: anticoagulant hint");
        for family in [antiplatelet, anticoagulant] {
            assert!(hint.contains(family), "{at}: names the family {family:?}");
        }
        assert!(hint.contains(&do_not_stop.to_lowercase()), "{at}: says not to stop any treatment");
        let plavix = hint.find("plavix").expect("Plavix listed");
        let eliquis = hint.find("eliquis").expect("Eliquis listed");
        let families = (hint.find(antiplatelet).unwrap(), hint.find(anticoagulant).unwrap());
        assert!(families.0 < plavix && plavix < families.1, "{at}: Plavix is an antiplatelet");
        assert!(families.1 < eliquis, "{at}: Eliquis is an anticoagulant");
        for brand_and_generic in [
            "Plavix (clopidogrel)",
            "Eliquis (apixaban)",
            "Brilique (ticagr",
            "Efient (prasugrel)",
            "Duoplavin (clopidogrel",
            "Arixtra (fondaparinux)",
            "Calciparine",
            "Minisintrom",
            "Préviscan",
            "Kardégic (",
            "Resitune",
            "Aspirine Protect",
            "Lovenox (",
        ] {
            assert!(hint.contains(&brand_and_generic.to_lowercase()), "{at}: lists {brand_and_generic:?}");
        }
        let report = item.report().unwrap().to_lowercase();
        let antiplatelet_word = &antiplatelet[..11];
        assert!(
            report.contains("anticoagulant") && report.contains(antiplatelet_word),
            "content/{code}/questionnaire.json: anticoagulant report names both families: {report}"
        );
    }
}

#[test]
fn the_blood_thinner_question_names_tablets_sachets_and_injections_and_both_families_count() {
    for language in &shipped_library().languages {
        let item = language.content().questionnaire.question("anticoagulant").unwrap();
        let code = &language.info.code;
        let (forms, yes_for_both, generic): (&[&str], &str, &str) = match code.as_str() {
            "fr" => (&["comprimés", "sachets", "piqûres"], "répondez «\u{202f}oui\u{202f}» pour l’une comme pour l’autre", "générique"),
            _ => (&["tablets", "sachets", "injections"], "answer “yes” for either", "generic"),
        };
        for form in forms {
            assert!(item.text.contains(form), "{code}: the question names {form:?}: {}", item.text);
        }
        let hint = help(item, HelpKind::Hint).to_lowercase();
        assert!(hint.contains(yes_for_both), "{code}: {hint}");
        assert!(hint.contains(generic), "{code}: what a generic box shows: {hint}");
        assert!(!hint.contains("les deux comptent") && !hint.contains("both count"), "{code}: {hint}");
    }
}

#[test]
fn bleeding_and_platelets_are_two_questions() {
    // One thing per question: what the patient lives (bleeding) and what a blood test says (platelets).
    for language in &shipped_library().languages {
        let q = &language.content().questionnaire;
        let code = &language.info.code;
        let (platelets, long, chemo, unknown) = match code.as_str() {
            "fr" => ("plaquettes", "longtemps", "chimiothérapie", "«\u{202f}Je ne sais pas\u{202f}»"),
            _ => ("platelets", "for a long time", "chemotherapy", "“I don’t know”"),
        };
        let bleeding = q.question("saignement").unwrap();
        assert!(!bleeding.text.contains(platelets), "{code}: {}", bleeding.text);
        assert!(bleeding.text.contains(long), "{code}: {}", bleeding.text);
        assert!(help(bleeding, HelpKind::Hint).contains("Willebrand"), "{code}");
        let low = q.question("plaquettes").expect("a question of its own about platelets");
        assert!(low.text.contains(platelets), "{code}: {}", low.text);
        let hint = help(low, HelpKind::Hint);
        assert!(hint.contains(chemo) && hint.contains(unknown), "{code}: {hint}");
        assert_eq!(
            q.position("plaquettes"),
            q.position("saignement").map(|p| p + 1),
            "{code}: platelets right after bleeding"
        );
        assert!(
            low.contraindications().eq(["anticoagulants-hemorragie"]),
            "{code}: low platelets are the source's \"maladies hémorragiques\""
        );
    }
}

#[test]
fn anaesthesia_is_one_question_about_any_problem_and_local_anaesthesia_numbs() {
    for language in &shipped_library().languages {
        let item = language.content().questionnaire.question("anesthesie").unwrap();
        let code = &language.info.code;
        let (problem, allergy, dentist, relax) = match code.as_str() {
            "fr" => ("problème", "allergie", "dentiste", "détendre"),
            _ => ("problem", "allergy", "dentist", "relax"),
        };
        assert!(item.text.contains(problem), "{code}: {}", item.text);
        let hint = help(item, HelpKind::Hint);
        assert!(hint.contains(allergy) && hint.contains(dentist), "{code}: {hint}");
        let why = help(item, HelpKind::Why);
        assert!(why.contains(relax), "{code}: a medicine to relax or sleep: {why}");
        let all = format!("{} {hint} {why}", item.text);
        assert!(!all.contains("part of the body to sleep") && !all.contains("endort une partie"), "{code}: {all}");
    }
}

#[test]
fn the_methyl_methacrylate_question_names_the_everyday_products() {
    for language in &shipped_library().languages {
        let item = language.content().questionnaire.question("allergie-methylmethacrylate").unwrap();
        let code = &language.info.code;
        let (products, acrylates, glue): (&[&str], &str, &str) = match code.as_str() {
            "fr" => (&["ciment pour les os", "résine dentaire", "faux ongles", "vernis semi-permanent"], "acrylates", "colle"),
            _ => (&["bone cement", "dental resin", "false nails", "semi-permanent nail varnish"], "acrylates", "glue"),
        };
        for product in products {
            assert!(item.text.contains(product), "{code}: the question names {product:?}: {}", item.text);
        }
        let hint = help(item, HelpKind::Hint);
        assert!(hint.contains("MMA") && hint.contains(acrylates), "{code}: {hint}");
        // Nail glue is mostly cyanoacrylate, another family.
        let all = format!("{} {hint} {}", item.text, item.report().unwrap()).to_lowercase();
        assert!(!all.contains(glue), "{code}: {all}");
    }
}

#[test]
fn lying_on_the_front_is_a_point_to_prepare_not_a_contraindication() {
    for language in &shipped_library().languages {
        let item = language.content().questionnaire.question("position-ventre").unwrap();
        let code = &language.info.code;
        assert_eq!(item.contraindications().count(), 0, "{code}: not one of the seven");
        let front = if code == "fr" { "ventre" } else { "front" };
        assert!(item.text.contains(front), "{code}: {}", item.text);
        let report = item.report().unwrap();
        assert!(report.contains(if code == "fr" { "préparer" } else { "prepare" }), "{code}: {report}");
    }
}

#[test]
fn the_pregnancy_question_says_on_its_page_how_to_answer_when_it_does_not_apply() {
    for language in &shipped_library().languages {
        let item = language.content().questionnaire.question("grossesse").unwrap();
        let hint = help(item, HelpKind::Hint);
        let (no, unknown) = {
            let labels: Vec<&str> = item.answer_option.iter().map(|o| o.value_coding.display.as_str()).collect();
            (labels[1].to_owned(), labels[2].to_owned())
        };
        let (no, unknown) = match language.info.code.as_str() {
            "fr" => (format!("«\u{202f}{no}\u{202f}»"), format!("«\u{202f}{unknown}\u{202f}»")),
            _ => (format!("“{no}”"), format!("“{unknown}”")),
        };
        assert!(
            hint.contains(&no) && hint.contains(&unknown),
            "content/{}/questionnaire.json: grossesse hint must say when to answer {no:?} and {unknown:?}: {hint}",
            language.info.code
        );
        // No double negative ("si vous ne pouvez pas être enceinte, répondez Non").
        assert!(!hint.contains("ne pouvez pas") && !hint.contains("cannot be"), "{hint}");
    }
}

#[test]
fn the_team_checks_are_statements_about_a_vertebra() {
    for language in &shipped_library().languages {
        let q = &language.content().questionnaire;
        for item in q.item.iter().filter(|i| i.link_id.starts_with("verification-")) {
            assert!(
                !item.text.contains('?'),
                "content/{}/questionnaire.json: {}: the team checks are not questions: {}",
                language.info.code,
                item.link_id,
                item.text
            );
            let lower = item.text.to_lowercase();
            assert!(
                lower.contains("vertèbre") || lower.contains("vertebra"),
                "{}: {}",
                language.info.code,
                item.link_id
            );
        }
    }
}

#[test]
fn dates_cannot_be_misread_and_times_do_not_split() {
    let library = shipped_library();
    let text = |code: &str| {
        let ui = &library.languages.iter().find(|l| l.info.code == code).unwrap().content().ui;
        date_time(ui, 2026, 3, 4, 9, 5)
    };
    assert_eq!(text("en"), ("4\u{a0}March\u{a0}2026".into(), "9:05".into()));
    assert_eq!(text("fr"), ("4\u{a0}mars\u{a0}2026".into(), "9\u{a0}h\u{a0}05".into()));
}

#[test]
fn the_downloaded_file_is_named_with_the_answers_date() {
    let library = shipped_library();
    let ui = |code: &str| library.languages.iter().find(|l| l.info.code == code).unwrap().content().ui.clone();
    assert_eq!(download_file_name(&ui("fr"), 2026, 11, 29), "reponses-cimentoplastie-2026-11-29.json");
    assert_eq!(download_file_name(&ui("en"), 2027, 3, 4), "cementoplasty-answers-2027-03-04.json");
}

#[test]
fn the_character_count_says_how_many_of_how_many_and_how_many_too_many() {
    let library = shipped_library();
    let count = |code: &str, n: usize, max: usize| {
        let language = library.languages.iter().find(|l| l.info.code == code).unwrap();
        character_count_text(&language.content().ui, n, max, &language.info.plural_rules())
    };
    assert_eq!(count("fr", 12, 200), "Caractères\u{202f}: 12 sur 200");
    assert_eq!(count("fr", 200, 200), "Caractères\u{202f}: 200 sur 200");
    assert_eq!(count("fr", 203, 200), "Caractères\u{202f}: 203 sur 200 (3 de trop)");
    assert_eq!(count("en", 203, 200), "Characters: 203 of 200 (3 too many)");
    // The number past the limit with the form its language's rules give it.
    assert_eq!(count("ru", 201, 200), "Символы: 201 из 200 (превышено на 1 символ)");
    assert_eq!(count("ru", 203, 200), "Символы: 203 из 200 (превышено на 3 символа)");
    assert_eq!(count("ar", 202, 200), "الأحرف: 202 من 200 (2 حرفان زائدان)");
}

#[test]
fn french_punctuation_never_wraps_alone_to_the_start_of_a_line() {
    // French puts a space before ? : ; ! and inside « »: it must be a no-break space, or the
    // punctuation can start a line on its own.
    let root = env!("CARGO_MANIFEST_DIR");
    let files = [
        "content/fr/ui.json",
        "content/fr/questionnaire.json",
        "content/fr/sheet.json",
        "content/fr/glossary.json",
        "content/clinic.json",
        "content/desk.json",
    ];
    let mut wrong = Vec::new();
    for file in files {
        let value: Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{root}/{file}")).unwrap()).unwrap();
        let mut texts = Vec::new();
        json_strings(&value, String::new(), &mut texts);
        for (field, text) in texts {
            let chars: Vec<char> = text.chars().collect();
            let bad = chars.windows(2).any(|w| {
                (w[0] == ' ' && matches!(w[1], '?' | ':' | ';' | '!' | '»' | '%'))
                    || (w[0] == '«' && w[1] == ' ')
            });
            if bad {
                wrong.push(format!("{file}: {}: {text:?}", field.trim_start_matches('.')));
            }
        }
    }
    assert!(wrong.is_empty(), "an ordinary space before ? : ; ! » % (use U+202F):\n{}", wrong.join("\n"));
}

/// A text in lower case without accents, hyphens or spaces, to find a word however it is written.
fn folded(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' => 'a',
            'î' | 'ï' => 'i',
            'ô' => 'o',
            'ù' | 'û' => 'u',
            other => other,
        })
        .collect()
}

#[test]
fn no_report_string_or_outcome_text_says_contraindication() {
    // "Vous avez une contre-indication" reads as "you cannot have it": a verdict. The team decides.
    let root = env!("CARGO_MANIFEST_DIR");
    for language in &shipped_library().languages {
        let code = &language.info.code;
        let content = language.content();
        let mut texts: Vec<(String, String)> = Vec::new();
        for item in &content.questionnaire.item {
            texts.push((format!("{}: text", item.link_id), item.text.clone()));
            if let Some(report) = item.report() {
                texts.push((format!("{}: report-to-team", item.link_id), report.to_owned()));
            }
        }
        let ui: Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{root}/content/{code}/ui.json")).unwrap(),
        )
        .unwrap();
        let mut strings = Vec::new();
        json_strings(&ui, String::new(), &mut strings);
        texts.extend(strings.into_iter().filter(|(field, _)| {
            let field = field.trim_start_matches('.');
            field.starts_with("outcome_") || field.starts_with("kiosk_outcome_") || field.starts_with("team_checks_")
        }));
        for (field, text) in texts {
            let text = folded(&text);
            assert!(
                !text.contains("contreindi") && !text.contains("contraindi"),
                "content/{code}: {field}: a verdict: {text}"
            );
        }
    }
}

#[test]
fn folding_finds_contraindication_however_it_is_written() {
    for text in ["une Contre-Indication", "contre‑indiqué", "CONTRE INDICATION", "contraindicated"] {
        let text = folded(text);
        assert!(text.contains("contreindi") || text.contains("contraindi"), "{text}");
    }
}

#[test]
fn answer_labels_are_quoted_in_running_text() {
    // « Je ne sais pas » inside a sentence reads as part of it; quoted, it is the label to choose.
    let root = env!("CARGO_MANIFEST_DIR");
    for (code, label, open) in [("fr", "Je ne sais pas", "«\u{202f}"), ("en", "I don’t know", "“")] {
        let mut texts = Vec::new();
        let mut files = vec![format!("{code}/ui.json"), format!("{code}/questionnaire.json")];
        // The desk's page, in French only.
        if code == "fr" {
            files.push("desk.json".into());
        }
        for file in files {
            let value: Value = serde_json::from_str(
                &std::fs::read_to_string(format!("{root}/content/{file}")).unwrap(),
            )
            .unwrap();
            json_strings(&value, format!("{file}:"), &mut texts);
        }
        for (field, text) in texts {
            // The label itself (answer options, the radio) is not running text.
            if text == label || field.ends_with(".display") {
                continue;
            }
            for (at, _) in text.match_indices(label) {
                assert!(text[..at].ends_with(open), "content/{field}: {label:?} not quoted: {text}");
            }
        }
    }
}

#[test]
fn french_numbers_stay_with_their_unit() {
    // « 3 minutes », « {days} jours »: a number alone at the end of a line is misread.
    let root = env!("CARGO_MANIFEST_DIR");
    let units = ["minutes", "jours", "secondes", "heures", "caractères"];
    let mut wrong = Vec::new();
    for file in ["content/fr/ui.json", "content/fr/questionnaire.json", "content/fr/sheet.json", "content/desk.json"] {
        let value: Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{root}/{file}")).unwrap()).unwrap();
        let mut texts = Vec::new();
        json_strings(&value, String::new(), &mut texts);
        for (field, text) in texts {
            let field = field.trim_start_matches('.');
            for unit in units {
                for (at, _) in text.match_indices(&format!(" {unit}")) {
                    if text[..at].ends_with(|c: char| c.is_ascii_digit() || c == '}') {
                        wrong.push(format!("{file}: {field}: {text:?}"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "an ordinary space between a number and its unit:\n{}", wrong.join("\n"));
}
