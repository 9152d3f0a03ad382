//! Typed code generation: a value written as the Rust expression that builds it, one field a line, so that `build.rs` compiles the checked content into the app and an error points to a readable line.

use std::borrow::Cow;
use std::collections::BTreeMap;

/// A value that can be written as the Rust expression building it. Structs implement it with
/// `bake_record!` (beside the type: a field added to the type and not to the list does not
/// compile), enums with an exhaustive `match` (a variant added does not compile until it is baked).
pub trait Bake {
    /// Writes the expression that builds `self`.
    fn bake(&self, out: &mut Baker);
}

/// The Rust code being written, with its indentation.
#[derive(Default)]
pub struct Baker {
    code: String,
    depth: usize,
}

impl Baker {
    /// The code of one value.
    pub fn code(value: &dyn Bake, depth: usize) -> String {
        let mut out = Baker {
            code: String::new(),
            depth,
        };
        value.bake(&mut out);
        out.code
    }

    /// Writes code as it is.
    pub fn write(&mut self, code: &str) {
        self.code.push_str(code);
    }

    fn new_line(&mut self) {
        self.code.push('\n');
        self.code.push_str(&"    ".repeat(self.depth));
    }

    /// `open` then each item on its own line, each followed by a comma, then `close`; `open` and
    /// `close` alone when there is none.
    fn block<'a>(
        &mut self,
        open: &str,
        items: impl IntoIterator<Item = (Option<&'a str>, &'a dyn Bake)>,
        close: &str,
    ) {
        self.write(open);
        let mut any = false;
        self.depth += 1;
        for (name, value) in items {
            any = true;
            self.new_line();
            if let Some(name) = name {
                self.write(name);
                self.write(": ");
            }
            value.bake(self);
            self.write(",");
        }
        self.depth -= 1;
        if any {
            self.new_line();
        }
        self.write(close);
    }

    /// A struct expression: `path { field: value, … }`, one field a line.
    pub fn record(&mut self, path: &str, fields: &[(&str, &dyn Bake)]) {
        self.write(path);
        self.block(
            " {",
            fields.iter().map(|(name, value)| (Some(*name), *value)),
            "}",
        );
    }

    /// A unit variant or constant: `path`.
    pub fn path(&mut self, path: &str) {
        self.write(path);
    }

    /// A tuple variant or function of one value: `path(value)`.
    pub fn call(&mut self, path: &str, value: &dyn Bake) {
        self.write(path);
        self.write("(");
        value.bake(self);
        self.write(")");
    }

    /// A list of values between `open` and `close`.
    pub fn list<'a, T: Bake + 'a>(
        &mut self,
        open: &str,
        items: impl IntoIterator<Item = &'a T>,
        close: &str,
    ) {
        self.block(
            open,
            items.into_iter().map(|item| (None, item as &dyn Bake)),
            close,
        );
    }
}

/// Implements `Bake` for a struct as a struct expression naming every field: the list must name
/// them all (the struct is taken apart without `..`), so a new field cannot be forgotten.
#[macro_export]
macro_rules! bake_record {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl $crate::bake::Bake for $type {
            fn bake(&self, out: &mut $crate::bake::Baker) {
                let $type { $($field),* } = self;
                out.record(
                    concat!("::", module_path!(), "::", stringify!($type)),
                    &[$((stringify!($field), $field as &dyn $crate::bake::Bake)),*],
                );
            }
        }
    };
}

/// The full path of an item of the module this is called in, for enum variants:
/// `bake_path!("ItemType::Choice")`.
#[macro_export]
macro_rules! bake_path {
    ($item:literal) => {
        concat!("::", module_path!(), "::", $item)
    };
}

impl Bake for String {
    fn bake(&self, out: &mut Baker) {
        out.write(&format!("{self:?}.into()"));
    }
}

/// Borrowed from the compiled-in text: no copy at start.
impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut Baker) {
        out.write(&format!(
            "::std::borrow::Cow::Borrowed({:?})",
            self.as_ref()
        ));
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut Baker) {
        out.write(&self.to_string());
    }
}

impl Bake for usize {
    fn bake(&self, out: &mut Baker) {
        out.write(&self.to_string());
    }
}

impl Bake for u32 {
    fn bake(&self, out: &mut Baker) {
        out.write(&self.to_string());
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut Baker) {
        match self {
            Some(value) => out.call("Some", value),
            None => out.path("None"),
        }
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut Baker) {
        out.list("vec![", self, "]");
    }
}

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn bake(&self, out: &mut Baker) {
        out.write("(");
        self.0.bake(out);
        out.write(", ");
        self.1.bake(out);
        out.write(")");
    }
}

impl<K: Bake, V: Bake> Bake for BTreeMap<K, V> {
    fn bake(&self, out: &mut Baker) {
        let pairs: Vec<(&K, &V)> = self.iter().collect();
        // From a `Vec`: one instance of the code for every map of these types, where `from([…])`
        // has one for each length of array (some 2.6 KB of wasm for the languages' rules).
        out.list("::std::collections::BTreeMap::from_iter(vec![", &pairs, "])");
    }
}

impl<T: Bake + ?Sized> Bake for &T {
    fn bake(&self, out: &mut Baker) {
        (**self).bake(out);
    }
}
