//! The medical wording review: what the questions, hints and help texts must say (and never say), and French typography.

use cimentoplastie::domain::questionnaire::{HelpKind, Item};
use cimentoplastie::domain::ui_text::{character_count_text, date_time, download_file_name};
use serde_json::Value;

use crate::{json_strings, shipped_library, wording_read_in};

/// The texts of a question's display children of one kind, joined.
fn help(item: &Item, kind: HelpKind) -> String {
    item.help(kind).map(|h| h.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// The words the medical wording review looks for, in one language: each test below reads the
/// shipped text of every language with these. A language of `content/languages.json` that is not
/// here fails the tests by name: its medical wording has not been given its checks yet.
struct Words {
    /// The quotes around an answer label in running text (French with its narrow no-break spaces).
    quotes: (&'static str, &'static str),
    /// The care team, as the "why this question" texts name it.
    team: &'static str,
    /// The two families of blood thinners (stems: the hint's plural and the report's singular).
    antiplatelet: &'static str,
    anticoagulant: &'static str,
    do_not_stop: &'static str,
    /// The blood-thinner question's forms; "answer yes for either family"; a generic box.
    forms: [&'static str; 3],
    yes_for_both: &'static str,
    generic: &'static str,
    /// Bleeding and platelets.
    platelets: &'static str,
    long: &'static str,
    willebrand: &'static str,
    chemo: &'static str,
    /// Anaesthesia.
    problem: &'static str,
    allergy: &'static str,
    dentist: &'static str,
    relax: &'static str,
    /// Methyl methacrylate: the everyday products, the family, and nail glue (another family).
    products: [&'static str; 4],
    acrylates: &'static str,
    glue: &'static [&'static str],
    /// Lying on the front, and "to prepare" in its report.
    front: &'static str,
    prepare: &'static str,
    vertebra: &'static str,
}

/// The words of a language (lower case but the quotes).
fn words(code: &str) -> Words {
    match code {
        "fr" => Words {
            quotes: ("«\u{202f}", "\u{202f}»"), team: "l’équipe",
            antiplatelet: "antiagrégant", anticoagulant: "anticoagulant", do_not_stop: "n’arrêtez aucun médicament",
            forms: ["comprimés", "sachets", "piqûres"], yes_for_both: "répondez «\u{202f}oui\u{202f}» pour l’une comme pour l’autre", generic: "générique",
            platelets: "plaquettes", long: "longtemps", willebrand: "willebrand", chemo: "chimiothérapie",
            problem: "problème", allergy: "allergie", dentist: "dentiste", relax: "détendre",
            products: ["ciment pour les os", "résine dentaire", "faux ongles", "vernis semi-permanent"], acrylates: "acrylates", glue: &["colle"],
            front: "ventre", prepare: "préparer", vertebra: "vertèbre",
        },
        "en" => Words {
            quotes: ("“", "”"), team: "the team",
            antiplatelet: "antiplatelet", anticoagulant: "anticoagulant", do_not_stop: "do not stop any medicine",
            forms: ["tablets", "sachets", "injections"], yes_for_both: "answer “yes” for either", generic: "generic",
            platelets: "platelets", long: "for a long time", willebrand: "willebrand", chemo: "chemotherapy",
            problem: "problem", allergy: "allergy", dentist: "dentist", relax: "relax",
            products: ["bone cement", "dental resin", "false nails", "semi-permanent nail varnish"], acrylates: "acrylates", glue: &["glue"],
            front: "front", prepare: "prepare", vertebra: "vertebra",
        },
        "ar" => Words {
            quotes: ("«", "»"), team: "الفريق",
            antiplatelet: "صفائح", anticoagulant: "تخثر", do_not_stop: "لا توقفوا أي دواء",
            forms: ["أقراص", "أكياس", "حقن"], yes_for_both: "أجيبوا «نعم» سواء", generic: "الجنيس",
            platelets: "الصفائح", long: "لمدة طويلة", willebrand: "willebrand", chemo: "الكيميائي",
            problem: "مشكلة", allergy: "حساسية", dentist: "طبيب الأسنان", relax: "الاسترخاء",
            products: ["إسمنت للعظام", "راتنج الأسنان", "الأظافر الاصطناعية", "طلاء الأظافر شبه الدائم"], acrylates: "أكريلات", glue: &["غراء", "صمغ"],
            front: "البطن", prepare: "الاستعداد", vertebra: "فقرة",
        },
        "pt" => Words {
            quotes: ("«", "»"), team: "equipa",
            antiplatelet: "antiagregante", anticoagulant: "anticoagulante", do_not_stop: "não pare nenhum medicamento",
            forms: ["comprimidos", "saquetas", "injeções"], yes_for_both: "responda «sim» tanto para um como para o outro", generic: "genérico",
            platelets: "plaquetas", long: "muito tempo", willebrand: "willebrand", chemo: "quimioterapia",
            problem: "problema", allergy: "alergia", dentist: "dentista", relax: "descontrair",
            products: ["cimento para os ossos", "resina dentária", "unhas postiças", "verniz semipermanente"], acrylates: "acrilatos", glue: &["cola "],
            front: "barriga para baixo", prepare: "preparar", vertebra: "vértebra",
        },
        "es" => Words {
            quotes: ("«", "»"), team: "equipo",
            antiplatelet: "antiagregante", anticoagulant: "anticoagulante", do_not_stop: "no deje de tomar ningún medicamento",
            forms: ["comprimidos", "sobres", "inyecciones"], yes_for_both: "responda «sí» tanto para una como para la otra", generic: "genérico",
            platelets: "plaquetas", long: "mucho tiempo", willebrand: "willebrand", chemo: "quimioterapia",
            problem: "problema", allergy: "alergia", dentist: "dentista", relax: "relaje",
            products: ["cemento para huesos", "resina dental", "uñas postizas", "esmalte semipermanente"], acrylates: "acrilatos", glue: &["pegamento"],
            front: "boca abajo", prepare: "preparar", vertebra: "vértebra",
        },
        "tr" => Words {
            quotes: ("“", "”"), team: "ekip",
            antiplatelet: "antiagregan", anticoagulant: "antikoagülan", do_not_stop: "hiçbir ilacı kendi başınıza bırakmayın",
            forms: ["tablet", "poşet", "iğne"], yes_for_both: "hangi gruptan ilaç kullanırsanız kullanın “evet”", generic: "jenerik",
            platelets: "trombosit", long: "uzun süre", willebrand: "willebrand", chemo: "kemoterapi",
            problem: "sorun", allergy: "alerji", dentist: "diş hekimi", relax: "rahatla",
            products: ["kemik çimentosu", "diş reçinesi", "takma tırna", "kalıcı oje"], acrylates: "akrilat", glue: &["yapıştırıcı"],
            front: "yüzüstü", prepare: "hazırlan", vertebra: "omur",
        },
        "ro" => Words {
            quotes: ("„", "”"), team: "echipa",
            antiplatelet: "antiagregant", anticoagulant: "anticoagulant", do_not_stop: "nu opriți niciun medicament",
            forms: ["comprimate", "plicuri", "injecții"], yes_for_both: "răspundeți „da” pentru oricare dintre ele", generic: "generic",
            platelets: "trombocit", long: "mult timp", willebrand: "willebrand", chemo: "chimioterapie",
            problem: "problemă", allergy: "alergie", dentist: "dentist", relax: "relaxeze",
            products: ["ciment pentru oase", "rășină dentară", "unghii false", "oja semipermanentă"], acrylates: "acrilați", glue: &["lipici"],
            front: "burtă", prepare: "pregătit", vertebra: "vertebr",
        },
        "uk" => Words {
            quotes: ("«", "»"), team: "команд",
            antiplatelet: "антиагрегант", anticoagulant: "антикоагулянт", do_not_stop: "не припиняйте приймати жодних ліків",
            forms: ["таблетках", "пакетиках", "уколах"], yes_for_both: "відповідайте «так», якщо ви приймаєте ліки з будь-якої з них", generic: "дженерик",
            platelets: "тромбоцит", long: "довго", willebrand: "віллебранд", chemo: "хіміотерапі",
            problem: "проблем", allergy: "алергія", dentist: "стоматолог", relax: "розслаб",
            products: ["кістковий цемент", "стоматологічну смолу", "накладні нігті", "гель-лак"], acrylates: "акрилати", glue: &["клей"],
            front: "на животі", prepare: "підготувати", vertebra: "хребц",
        },
        "ru" => Words {
            quotes: ("«", "»"), team: "команд",
            antiplatelet: "антиагрегант", anticoagulant: "антикоагулянт", do_not_stop: "не прекращайте принимать никакие лекарства",
            forms: ["таблетках", "пакетиках", "уколах"], yes_for_both: "отвечайте «да», если вы принимаете лекарство из любой из них", generic: "дженерик",
            platelets: "тромбоцит", long: "долго", willebrand: "виллебранд", chemo: "химиотерапи",
            problem: "проблем", allergy: "аллергия", dentist: "стоматолог", relax: "расслаб",
            products: ["костный цемент", "стоматологическую пластмассу", "накладные ногти", "гель-лак"], acrylates: "акрилаты", glue: &["клей"],
            front: "на животе", prepare: "подготовить", vertebra: "позвон",
        },
        other => panic!(
            "content/{other}/: no words for the medical wording review in tests/core/wording.rs (`words`): add this language's, read from its files"
        ),
    }
}

/// "Contraindication" in every language of the app, folded (`folded`): a verdict no patient text
/// may give, in whatever language it slips in.
const CONTRAINDICATION: [&str; 8] =
    ["contreindi", "contraindi", "kontrendik", "протипоказ", "противопоказ", "موانع", "مانعاستعمال", "استطباب"];

fn says_contraindication(text: &str) -> bool {
    let text = folded(text);
    CONTRAINDICATION.iter().any(|stem| text.contains(stem))
}

#[test]
fn every_language_has_its_words_for_the_wording_review() {
    let codes: Vec<String> = shipped_library().languages.iter().map(|l| l.info.code.clone()).collect();
    assert!(codes.len() >= 9, "the nine languages of issue 26: {codes:?}");
    for code in &codes {
        words(code);
    }
}

#[test]
fn no_help_text_tells_the_patient_their_answer_is_a_contraindication() {
    // After "Oui", "… est une contre-indication" reads as "I cannot have it": the team decides.
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let q = &language.content().questionnaire;
        let code = &language.info.code;
        let w = words(code);
        for item in q.questions() {
            for kind in [HelpKind::Hint, HelpKind::Why] {
                let text = help(item, kind);
                assert!(
                    !says_contraindication(&text),
                    "content/{code}/questionnaire.json: {}: a help text gives a verdict: {text}",
                    item.link_id
                );
            }
            if item.help(HelpKind::Why).next().is_some() {
                let why = help(item, HelpKind::Why).to_lowercase();
                assert!(
                    why.contains(w.team),
                    "content/{code}/questionnaire.json: {}: the help must say the team ({}) needs to know and decides: {why}",
                    item.link_id,
                    w.team
                );
            }
        }
    }
}

#[test]
fn blood_thinners_name_both_families_with_generics_and_never_call_antiplatelets_anticoagulants() {
    for language in &shipped_library().languages {
        let code = &language.info.code;
        let w = words(code);
        let item = language.content().questionnaire.question("anticoagulant").unwrap();
        // The hint is shown on the question page itself, not only behind "Pourquoi cette question ?".
        let hint = help(item, HelpKind::Hint).to_lowercase();
        let at = format!("content/{code}/questionnaire.json: anticoagulant hint");
        for family in [w.antiplatelet, w.anticoagulant] {
            assert!(hint.contains(family), "{at}: names the family {family:?}: {hint}");
        }
        assert!(hint.contains(w.do_not_stop), "{at}: says not to stop any treatment ({:?}): {hint}", w.do_not_stop);
        let plavix = hint.find("plavix").expect("Plavix listed");
        let eliquis = hint.find("eliquis").expect("Eliquis listed");
        let families = (hint.find(w.antiplatelet).unwrap(), hint.find(w.anticoagulant).unwrap());
        assert!(families.0 < plavix && plavix < families.1, "{at}: Plavix is an antiplatelet");
        assert!(families.1 < eliquis, "{at}: Eliquis is an anticoagulant");
        // Brand names as on French boxes, with their generic, in every language.
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
        assert!(
            report.contains(w.anticoagulant) && report.contains(w.antiplatelet),
            "content/{code}/questionnaire.json: anticoagulant report names both families: {report}"
        );
    }
}

#[test]
fn the_blood_thinner_question_names_tablets_sachets_and_injections_and_both_families_count() {
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let item = language.content().questionnaire.question("anticoagulant").unwrap();
        let code = &language.info.code;
        let w = words(code);
        let text = item.text.to_lowercase();
        for form in w.forms {
            assert!(text.contains(form), "{code}: the question names {form:?}: {}", item.text);
        }
        let hint = help(item, HelpKind::Hint).to_lowercase();
        assert!(hint.contains(w.yes_for_both), "{code}: answer yes for either family ({:?}): {hint}", w.yes_for_both);
        assert!(hint.contains(w.generic), "{code}: what a generic box shows: {hint}");
        assert!(!hint.contains("les deux comptent") && !hint.contains("both count"), "{code}: {hint}");
    }
}

#[test]
fn bleeding_and_platelets_are_two_questions() {
    // One thing per question: what the patient lives (bleeding) and what a blood test says (platelets).
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let q = &language.content().questionnaire;
        let code = &language.info.code;
        let w = words(code);
        let unknown = format!("{}{}{}", w.quotes.0, q.item[0].answer_option[2].value_coding.display, w.quotes.1);
        let bleeding = q.question("saignement").unwrap();
        let text = bleeding.text.to_lowercase();
        assert!(!text.contains(w.platelets), "{code}: {}", bleeding.text);
        assert!(text.contains(w.long), "{code}: {}", bleeding.text);
        assert!(help(bleeding, HelpKind::Hint).to_lowercase().contains(w.willebrand), "{code}");
        let low = q.question("plaquettes").expect("a question of its own about platelets");
        assert!(low.text.to_lowercase().contains(w.platelets), "{code}: {}", low.text);
        let hint = help(low, HelpKind::Hint);
        assert!(hint.to_lowercase().contains(w.chemo) && hint.contains(&unknown), "{code}: {unknown}: {hint}");
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
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let item = language.content().questionnaire.question("anesthesie").unwrap();
        let code = &language.info.code;
        let w = words(code);
        assert!(item.text.to_lowercase().contains(w.problem), "{code}: {}", item.text);
        let hint = help(item, HelpKind::Hint).to_lowercase();
        assert!(hint.contains(w.allergy) && hint.contains(w.dentist), "{code}: {hint}");
        let why = help(item, HelpKind::Why).to_lowercase();
        assert!(why.contains(w.relax), "{code}: a medicine to relax or sleep: {why}");
        let all = format!("{} {hint} {why}", item.text);
        assert!(!all.contains("part of the body to sleep") && !all.contains("endort une partie"), "{code}: {all}");
    }
}

#[test]
fn the_methyl_methacrylate_question_names_the_everyday_products() {
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let item = language.content().questionnaire.question("allergie-methylmethacrylate").unwrap();
        let code = &language.info.code;
        let w = words(code);
        let text = item.text.to_lowercase();
        for product in w.products {
            assert!(text.contains(product), "{code}: the question names {product:?}: {}", item.text);
        }
        let hint = help(item, HelpKind::Hint);
        assert!(hint.contains("MMA") && hint.to_lowercase().contains(w.acrylates), "{code}: {hint}");
        // Nail glue is mostly cyanoacrylate, another family.
        let all = format!("{} {hint} {}", item.text, item.report().unwrap()).to_lowercase();
        for glue in w.glue {
            assert!(!all.contains(glue), "{code}: {glue:?}: {all}");
        }
    }
}

#[test]
fn lying_on_the_front_is_a_point_to_prepare_not_a_contraindication() {
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let item = language.content().questionnaire.question("position-ventre").unwrap();
        let code = &language.info.code;
        let w = words(code);
        assert_eq!(item.contraindications().count(), 0, "{code}: not one of the seven");
        assert!(item.text.to_lowercase().contains(w.front), "{code}: {}", item.text);
        let report = item.report().unwrap();
        assert!(report.to_lowercase().contains(w.prepare), "{code}: {report}");
    }
}

#[test]
fn the_pregnancy_question_says_on_its_page_how_to_answer_when_it_does_not_apply() {
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let item = language.content().questionnaire.question("grossesse").unwrap();
        let hint = help(item, HelpKind::Hint);
        let (open, close) = words(&language.info.code).quotes;
        let labels: Vec<&str> = item.answer_option.iter().map(|o| o.value_coding.display.as_str()).collect();
        let (no, unknown) = (format!("{open}{}{close}", labels[1]), format!("{open}{}{close}", labels[2]));
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
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let q = &language.content().questionnaire;
        let vertebra = words(&language.info.code).vertebra;
        for item in q.item.iter().filter(|i| i.link_id.starts_with("verification-")) {
            assert!(
                !item.text.contains(['?', '؟']),
                "content/{}/questionnaire.json: {}: the team checks are not questions: {}",
                language.info.code,
                item.link_id,
                item.text
            );
            assert!(
                item.text.to_lowercase().contains(vertebra),
                "{}: {}: names the vertebra ({vertebra}): {}",
                language.info.code,
                item.link_id,
                item.text
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
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
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
            assert!(!says_contraindication(&text), "content/{code}: {field}: a verdict: {text}");
        }
    }
}

#[test]
fn folding_finds_contraindication_however_it_is_written() {
    for text in [
        "une Contre-Indication",
        "contre‑indiqué",
        "CONTRE INDICATION",
        "contraindicated",
        "una contraindicación",
        "kontrendikasyon",
        "Протипоказання",
        "противопоказано",
        "الموانع الطبية",
    ] {
        assert!(says_contraindication(text), "{text}");
    }
}

#[test]
fn answer_labels_are_quoted_in_running_text() {
    // « Je ne sais pas » inside a sentence reads as part of it; quoted, it is the label to choose.
    let root = env!("CARGO_MANIFEST_DIR");
    for language in &shipped_library().languages {
        let code = language.info.code.as_str();
        let label = language.content().questionnaire.item[0].answer_option[2].value_coding.display.clone();
        let open = words(code).quotes.0;
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
            for (at, _) in text.match_indices(label.as_str()) {
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
