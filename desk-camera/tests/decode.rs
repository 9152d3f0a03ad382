//! The decoder on frames drawn here: a desk code's QR code as a camera would see it (scaled, off
//! centre, grey or RGBA, low contrast, a little noise), and frames that hold no code.

use desk_camera::{decode, grey_frame};
use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// A desk code's length and alphabet (capitals and digits, QR alphanumeric mode).
const CODE: &str = "CIM1ABCD120202605211432FR1D1011201000000000105K8PGGSE9V3Q4G";

/// The code as a QR symbol, level Q, as the patient's screen draws it.
fn symbol(text: &str) -> QrCode {
    let segments = QrSegment::make_segments(text);
    QrCode::encode_segments(&segments, QrCodeEcc::Quartile).unwrap()
}

/// The frame's size, as the camera's preview is sampled.
const WIDTH: usize = 640;
const HEIGHT: usize = 480;

/// A 640 × 480 grey frame with the symbol drawn at (`left`, `top`), `scale` pixels per module,
/// dark modules at `ink.0` on a background of `ink.1`, with a 4-module quiet zone.
fn frame(code: &QrCode, left: usize, top: usize, scale: usize, ink: (u8, u8)) -> Vec<u8> {
    let size = code.size() as usize;
    let (dark, light) = ink;
    let mut pixels = vec![light; WIDTH * HEIGHT];
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let (Some(mx), Some(my)) = (x.checked_sub(left), y.checked_sub(top)) else {
                continue;
            };
            let (mx, my) = (mx / scale, my / scale);
            let module = (4..size + 4).contains(&mx)
                && (4..size + 4).contains(&my)
                && code.get_module((mx - 4) as i32, (my - 4) as i32);
            if module {
                pixels[y * WIDTH + x] = dark;
            }
        }
    }
    pixels
}

fn rgba(grey: &[u8]) -> Vec<u8> {
    grey.iter().flat_map(|&g| [g, g, g, 255]).collect()
}

#[test]
fn a_desk_code_reads_from_a_grey_frame() {
    let code = symbol(CODE);
    let pixels = frame(&code, 150, 60, 6, (0, 255));
    assert_eq!(decode(640, 480, &pixels).as_deref(), Some(CODE));
}

#[test]
fn a_desk_code_reads_from_an_rgba_frame_as_a_canvas_gives_it() {
    let code = symbol(CODE);
    let pixels = rgba(&frame(&code, 200, 100, 5, (0, 255)));
    assert_eq!(decode(640, 480, &pixels).as_deref(), Some(CODE));
}

#[test]
fn a_dim_low_contrast_noisy_frame_still_reads() {
    let code = symbol(CODE);
    let mut pixels = frame(&code, 170, 70, 5, (60, 170));
    // A fixed pseudo-random noise of ±12 grey levels (a cheap webcam's).
    let mut seed = 12345u32;
    for p in &mut pixels {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let noise = ((seed >> 16) % 25) as i16 - 12;
        *p = (*p as i16 + noise).clamp(0, 255) as u8;
    }
    assert_eq!(decode(640, 480, &pixels).as_deref(), Some(CODE));
}

#[test]
fn a_frame_without_a_code_reads_nothing() {
    let blank = vec![200u8; 640 * 480];
    assert_eq!(decode(640, 480, &blank), None);
    // Stripes: edges everywhere, no finder pattern.
    let stripes: Vec<u8> = (0..640 * 480)
        .map(|i| if (i % 640) / 7 % 2 == 0 { 0 } else { 255 })
        .collect();
    assert_eq!(decode(640, 480, &stripes), None);
}

#[test]
fn pixels_that_do_not_make_the_frame_are_refused_not_decoded() {
    assert_eq!(decode(640, 480, &[0; 100]), None);
    assert_eq!(decode(0, 480, &[]), None);
    assert_eq!(decode(u32::MAX, u32::MAX, &[0; 16]), None);
    assert_eq!(decode(5000, 5000, &[]), None, "larger than MAX_PIXELS");
    // One byte short of RGBA, one byte over grey.
    assert_eq!(decode(4, 4, &[0; 63]), None);
    assert_eq!(decode(4, 4, &[0; 17]), None);
}

#[test]
fn rgba_becomes_its_luma_and_grey_is_kept_as_it_is() {
    let rgba = [
        255, 255, 255, 255, 0, 0, 0, 0, 255, 0, 0, 255, 0, 255, 0, 255,
    ];
    assert_eq!(
        grey_frame(2, 2, &rgba).unwrap().as_ref(),
        &[255, 0, 76, 150]
    );
    let grey = [1, 2, 3, 4];
    assert_eq!(grey_frame(2, 2, &grey).unwrap().as_ref(), &grey);
}
