//! A QR code (alphanumeric segment, error correction level Q, versions 1 to 13) drawn as a standalone SVG: black modules on white, with its 4-module quiet zone.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest version drawn: beyond it the modules get too small to scan from a phone's screen.
pub const MAX_VERSION: u8 = 13;

/// The white margin around the code, in modules (the standard's minimum).
pub const QUIET_ZONE: usize = 4;

/// A QR code drawn as SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// `<svg …>` with a white `<rect>` and one black `<path>`, in module units (the `viewBox`
    /// includes the quiet zone); no size of its own, so CSS gives it its width.
    pub svg: String,
    /// The QR version used (1 to 13): the code is `17 + 4 × version` modules wide.
    pub version: u8,
}

/// Why no QR code is drawn for a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooBig {
    /// The text needs more than version 13 at level Q.
    Long,
    /// A character other than a digit or a capital letter: it would need byte mode, a code about
    /// twice as big, and punctuation that scanners typing on an AZERTY keyboard mangle.
    NotDigitsAndCapitals,
}

/// The QR code of `text` (digits and capital letters only), as one alphanumeric segment at level
/// Q (never raised to a higher level where there is room: always the code the desk code's
/// capacity table counts on), in the smallest version from 1 to 13 that holds it.
pub fn qr_svg(text: &str) -> Result<QrSvg, TooBig> {
    if !text
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    {
        return Err(TooBig::NotDigitsAndCapitals);
    }
    let segment = QrSegment::make_alphanumeric(text);
    let code = QrCode::encode_segments_advanced(
        &[segment],
        QrCodeEcc::Quartile,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        false,
    )
    .map_err(|_| TooBig::Long)?;
    Ok(QrSvg {
        svg: draw(&code),
        version: code.version().value(),
    })
}

/// The SVG of a code: each run of black modules on a row is one `h` stroke of the path.
fn draw(code: &QrCode) -> String {
    let size = code.size();
    let side = size as usize + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let (left, top) = (start as usize + QUIET_ZONE, y as usize + QUIET_ZONE);
            path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" \
         fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
}
