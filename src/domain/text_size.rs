//! The text size a patient chooses (100 %, 125 %, 150 %), as stored on the device and as a class on `<html>`.

/// One of the three text sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    /// Every size, in the order the control shows them.
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Largest];

    /// The percentage, which is also what is stored and shown ("125").
    pub fn percent(self) -> u32 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 125,
            TextSize::Largest => 150,
        }
    }

    /// Reads a stored percentage; anything else is the normal size.
    pub fn from_stored(text: &str) -> TextSize {
        TextSize::ALL
            .into_iter()
            .find(|s| s.percent().to_string() == text.trim())
            .unwrap_or_default()
    }

    /// The class set on `<html>`, if any (`app-text-125`).
    pub fn class(self) -> Option<String> {
        (self != TextSize::Normal).then(|| format!("app-text-{}", self.percent()))
    }
}
