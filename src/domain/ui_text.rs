//! Every interface sentence (`content_pipeline::ui_text`), and the one of them that needs the questionnaire's flow: the progress line.

pub use content_pipeline::ui_text::*;

/// "Question 2 sur 5", or "Question 2 sur 5 (suite)" for a follow-up.
pub fn progress_text(ui: &UiText, progress: super::flow::Progress) -> String {
    let template = if progress.follow_up {
        &ui.progress_follow_up
    } else {
        &ui.progress
    };
    fill(
        template,
        &[
            ("n", &progress.number.to_string()),
            ("total", &progress.total.to_string()),
        ],
    )
}
