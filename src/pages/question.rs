//! One question per screen (GOV.UK question page): the question is the heading, hint, "Pourquoi cette question ?", error, Continuer.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::error_summary::ErrorSummary;
use crate::components::listen_button::ListenButton;
use crate::domain::answers::Answer;
use crate::domain::flow::{QuestionError, check_question, next_route, previous_route, progress};
use crate::domain::questionnaire::{HelpKind, Item, ItemType};
use crate::domain::read_aloud::question_text;
use crate::domain::outcome::in_texts;
use crate::domain::ui_text::{character_count_text, fill_counted, progress_text};
use crate::state::locale::use_locale;
use crate::state::use_navigation;
use crate::state::use_session;

/// The page of question `link_id`; `from_check` when reached from "Modifier".
#[component]
pub fn QuestionPage(link_id: String, from_check: bool) -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let navigation = use_navigation();
    let ui = &locale.content().ui;
    // The rules (which question follows, what an answer must be) are the source questionnaire's;
    // the texts are the language shown's.
    let q = locale.rules();
    let Some(rule) = q.question(&link_id) else {
        return ().into_any();
    };
    let item = in_texts(&locale.content().questionnaire, rule);
    // The page's own signal (nothing on the page subscribes to the app-wide one: subscriptions to
    // a long-lived signal are not freed with Leptos 0.8.23, and 100 kiosk patients grew the wasm
    // memory by a third), copied to `Navigation::question_error` so that a switch of language,
    // which redraws the page, keeps the error.
    let error = RwSignal::new(navigation.question_error.get_untracked());
    Effect::new(move |_| navigation.question_error.set(error.get()));
    let id = item.link_id.clone();

    let caption = {
        let id = id.clone();
        move || {
            session
                .answers
                .with(|a| progress(q, a, &id))
                .map(|p| progress_text(ui, p))
        }
    };
    let back = session
        .answers
        .with_untracked(|a| previous_route(q, a, &id, from_check));
    let submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let checked = session
                .answers
                .with_untracked(|a| check_question(rule, a.get(&id)));
            match checked {
                Err(problem) => error.set(Some(problem)),
                Ok(()) => {
                    let next = session
                        .answers
                        .with_untracked(|a| next_route(q, a, &id, from_check));
                    navigation.go(next);
                }
            }
        }
    };
    let message = Signal::derive(move || match error.get() {
        Some(QuestionError::Missing) => ui.error_missing.clone(),
        Some(QuestionError::TooLong { max }) => {
            fill_counted(&ui.error_too_long, &[("max", &max.to_string())], &locale.plural_rules())
        }
        None => String::new(),
    });
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = item.help(HelpKind::Hint).next().is_some();
    let described_by = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if error.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    let hint = has_hint.then(|| {
        view! {
            <div class="app-hint" id=format!("{id}-hint")>
                {item.help(HelpKind::Hint).map(|h| view! { <p>{h.text.clone()}</p> }).collect_view()}
            </div>
        }
    });
    // In a translation, « Voir en français »: the source's question and hint under the translated
    // ones (the rules' questionnaire, `rule`, is the French one).
    let french = (!locale.is_source()).then(|| {
        let source = &locale.library.languages[0];
        view! { <FrenchText item=rule label=ui.show_french.clone() code=source.info.code.clone() /> }
    });
    let why = item.help(HelpKind::Why).next().map(|_| {
        view! {
            <details class="app-details">
                <summary class="app-details__summary">{ui.why_question.clone()}</summary>
                <div class="app-details__text">
                    {item.help(HelpKind::Why).map(|h| view! { <p>{h.text.clone()}</p> }).collect_view()}
                </div>
            </details>
        }
    });
    let error_message = move || {
        error.get().map(|_| {
            view! {
                <p class="app-error-message" id=format!("{}-error", item.link_id)>
                    <span class="app-visually-hidden">{ui.error_prefix.clone()} " "</span>
                    {message}
                </p>
            }
        })
    };
    let listen = move || {
        view! { <ListenButton key=format!("question-{}", item.link_id) text=question_text(item) hidden=ui.listen_question_hidden.clone() /> }
    };
    let field = match rule.kind {
        ItemType::Choice => view! {
            <fieldset class="app-fieldset" aria-describedby=described_by>
                <legend class="app-fieldset__legend">
                    <span class="app-caption">{caption}</span>
                    <h1 class="app-heading-l" tabindex="-1">{item.text.clone()}</h1>
                </legend>
                {listen()}
                {hint}
                {french}
                {why}
                {error_message}
                <Radios item error />
            </fieldset>
        }
        .into_any(),
        _ => view! {
            <span class="app-caption">{caption}</span>
            <h1 class="app-heading-l" tabindex="-1">
                <label for=id.clone()>
                    {item.text.clone()}
                    {(!rule.required).then(|| view! { " " <span class="app-optional">{ui.optional.clone()}</span> })}
                </label>
            </h1>
            {listen()}
            {hint}
            {french}
            {why}
            {error_message}
            <TextAnswer item=rule error described_by />
        }
        .into_any(),
    };

    view! {
        <BackLink to=back />
        <form class="app-question" class:app-question--error=move || error.get().is_some() novalidate on:submit=submit>
            <Show when=move || error.get().is_some()>
                <ErrorSummary message field_id=id.clone() />
            </Show>
            {field}
            <button type="submit" class="app-button">{ui.continue_button.clone()}</button>
        </form>
    }
    .into_any()
}

/// « Voir en français »: a disclosure button (`aria-expanded`, as GOV.UK's details) that shows
/// the source's question and hint, in French (`lang`, `dir="ltr"`), under the translated ones.
#[component]
fn FrenchText(item: &'static Item, label: String, code: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let panel_id = format!("{}-fr", item.link_id);
    // Always there, hidden until opened: `aria-controls` names an element of the page.
    let panel = view! {
        <div class="app-french__text" id=panel_id.clone() lang=code dir="ltr" hidden=move || !open.get()>
            <p class="app-french__question">{item.text.clone()}</p>
            {item.help(HelpKind::Hint).map(|h| view! { <p>{h.text.clone()}</p> }).collect_view()}
        </div>
    };
    view! {
        <div class="app-french">
            <button type="button" class="app-french__toggle" aria-expanded=move || open.get().to_string()
                aria-controls=panel_id on:click=move |_| open.update(|o| *o = !*o)>
                {label}
            </button>
            {panel}
        </div>
    }
}

/// Oui / Non / Je ne sais pas: none preselected; the first option's id is the question's linkId.
#[component]
fn Radios(item: &'static Item, error: RwSignal<Option<QuestionError>>) -> impl IntoView {
    let session = use_session();
    item.answer_option
        .iter()
        .enumerate()
        .map(|(index, option)| {
            let code = option.value_coding.code.clone();
            let input_id = if index == 0 { item.link_id.clone() } else { format!("{}-{}", item.link_id, index + 1) };
            // Read once, not tracked: the patient's own tap changes the radio itself, and a change
            // from elsewhere (another tab) redraws the whole page. A reactive `prop:checked` here
            // is never freed with Leptos 0.8.23: 100 kiosk patients grew the wasm memory by 20 %.
            let checked = session.answers.with_untracked(|a| a.get(&item.link_id) == Some(&Answer::Choice(code.clone())));
            let choose = move |_| {
                error.set(None);
                session.answer(&item.link_id, Some(Answer::Choice(code.clone())));
            };
            view! {
                <div class="app-radios__item">
                    <input class="app-radios__input" type="radio" id=input_id.clone() name=item.link_id.clone()
                        value=option.value_coding.code.clone() prop:checked=checked on:change=choose />
                    <label class="app-radios__label" for=input_id>{option.value_coding.display.clone()}</label>
                </div>
            }
        })
        .collect_view()
}

/// A free-text answer (medicine names): a multi-line field, saved as it is typed, with GOV.UK's
/// character count under it when the questionnaire sets a maximum length (`item`: the source
/// questionnaire's question, whose rules apply).
#[component]
fn TextAnswer(
    item: &'static Item,
    error: RwSignal<Option<QuestionError>>,
    described_by: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    let session = use_session();
    let ui = &use_locale().content().ui;
    // Read once, for the same reason as the radios' `checked`.
    let value = session
        .answers
        .with_untracked(|a| match a.get(&item.link_id) {
            Some(Answer::Text(text)) => text.clone(),
            _ => String::new(),
        });
    // The count as it is shown (at once), and as screen readers are told it (once typing pauses,
    // as GOV.UK does: a polite message at every key would talk over the typing).
    let count = RwSignal::new(value.chars().count());
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    let locale = use_locale();
    let count_text = move |n: usize| {
        item.max_length.map(|max| character_count_text(ui, n, max, &locale.plural_rules()))
    };
    let typed = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        error.set(None);
        count.set(text.chars().count());
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            // `try_`: the page may be gone by then (the timer is also cleared when it goes).
            move || {
                if let Some(n) = count.try_get_untracked() {
                    announced.try_set(count_text(n).unwrap_or_default());
                }
            },
            std::time::Duration::from_millis(1000),
        );
        pending.set_value(handle.ok());
        session.answer(&item.link_id, Some(Answer::Text(text)));
    };
    let count_id = format!("{}-count", item.link_id);
    let described_by = {
        let count_id = count_id.clone();
        move || {
            let ids: Vec<String> = described_by()
                .into_iter()
                .chain(item.max_length.map(|_| count_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let counter = item.max_length.map(|_| {
        view! {
            <p class="app-hint app-character-count" id=count_id class:app-character-count--over=move || item.max_length.is_some_and(|max| count.get() > max)>
                {move || count_text(count.get())}
            </p>
            <p class="app-visually-hidden" role="status">{announced}</p>
        }
    });
    view! {
        <textarea class="app-input app-textarea" id=item.link_id.clone() name=item.link_id.clone() rows="4"
            autocomplete="off" spellcheck="false" dir="auto" aria-describedby=described_by
            prop:value=value on:input=typed></textarea>
        {counter}
    }
}
