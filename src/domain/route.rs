//! The patient's place in the app, as it appears in the address (`#/question/grossesse`).

/// One screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The information sheet (home).
    Sheet,
    /// "Avant de commencer": what the questionnaire is, and what the team checks itself.
    Start,
    /// One question; `from_check` when reached from a "Modifier" link.
    Question { link_id: String, from_check: bool },
    /// "Vérifiez vos réponses".
    Check,
    /// What to report to the team.
    Outcome,
    /// What is stored, where, for how long, how to delete it.
    Privacy,
}

impl Route {
    /// Reads the address fragment (with or without the leading `#`). Unknown fragments lead home.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("questionnaire"), None, ..) => Route::Start,
            (Some("question"), Some(id), None, None) if is_link_id(id) => Route::Question {
                link_id: id.to_owned(),
                from_check: false,
            },
            (Some("question"), Some(id), Some("modifier"), None) if is_link_id(id) => {
                Route::Question {
                    link_id: id.to_owned(),
                    from_check: true,
                }
            }
            (Some("verification"), None, ..) => Route::Check,
            (Some("resultat"), None, ..) => Route::Outcome,
            (Some("confidentialite"), None, ..) => Route::Privacy,
            _ => Route::Sheet,
        }
    }

    /// The address fragment of this route, starting with `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Sheet => "#/".to_owned(),
            Route::Start => "#/questionnaire".to_owned(),
            Route::Question {
                link_id,
                from_check: false,
            } => format!("#/question/{link_id}"),
            Route::Question {
                link_id,
                from_check: true,
            } => format!("#/question/{link_id}/modifier"),
            Route::Check => "#/verification".to_owned(),
            Route::Outcome => "#/resultat".to_owned(),
            Route::Privacy => "#/confidentialite".to_owned(),
        }
    }

    /// True for the screens of the questionnaire itself (worth resuming).
    pub fn is_in_questionnaire(&self) -> bool {
        matches!(
            self,
            Route::Start | Route::Question { .. } | Route::Check | Route::Outcome
        )
    }
}

/// linkIds are short ASCII identifiers; anything else in the address is ignored.
pub use content_pipeline::is_link_id;
