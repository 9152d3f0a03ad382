//! Addresses of the screens, so that the browser's Back button works.

use cimentoplastie::domain::route::Route;

#[test]
fn every_route_reads_back_from_its_address() {
    let routes = [
        Route::Sheet,
        Route::Start,
        Route::Question {
            link_id: "grossesse".into(),
            from_check: false,
        },
        Route::Question {
            link_id: "anticoagulant-nom".into(),
            from_check: true,
        },
        Route::Check,
        Route::Outcome,
        Route::Privacy,
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.to_fragment()), route);
    }
}

#[test]
fn unknown_or_hostile_addresses_lead_home() {
    for fragment in [
        "",
        "#",
        "#/nope",
        "#/question/",
        "#/question/<script>",
        "#/question/a/b/c",
        "#/question/a/modifier/x",
    ] {
        assert_eq!(Route::parse(fragment), Route::Sheet, "{fragment}");
    }
}
