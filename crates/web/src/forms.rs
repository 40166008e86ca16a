//! HTML forms described as data, rendered by one template (`_form.html`): every field
//! has a label, its error next to it (`aria-describedby`, `aria-invalid`), and an error
//! summary with links to the fields opens the form when something is wrong.

use crate::i18n::Tr;
use domain::FieldErrors;

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A folded branch of a `tree` field: a parent choice, its children, open when one of
/// them is chosen.
pub struct Branch {
    pub parent: Opt,
    pub children: Vec<Opt>,
    pub open: bool,
}

/// A choice as (value, label), and a parent choice with its children.
pub type Choice = (String, String);
pub type ChoiceBranch = (Choice, Vec<Choice>);

pub struct Field {
    pub name: &'static str,
    pub label: String,
    /// `text`, `email`, `password`, `url`, `textarea`, `select` or `checkboxes`.
    pub kind: &'static str,
    pub value: String,
    pub error: Option<String>,
    pub hint: Option<String>,
    pub required: bool,
    pub autocomplete: &'static str,
    pub options: Vec<Opt>,
    /// The branches of a `tree` field (checkboxes folded under their parents).
    pub tree: Vec<Branch>,
}

impl Field {
    pub fn new(kind: &'static str, name: &'static str, label: String) -> Self {
        Self {
            name,
            label,
            kind,
            value: String::new(),
            error: None,
            hint: None,
            required: false,
            autocomplete: "off",
            options: Vec::new(),
            tree: Vec::new(),
        }
    }
    /// A `tree` field: branches of (parent, children) choices; `selected` holds the
    /// chosen values.
    pub fn tree(mut self, branches: Vec<ChoiceBranch>, selected: &[String]) -> Self {
        let opt = |(value, label): Choice| {
            let selected = selected.contains(&value);
            Opt { value, label, selected }
        };
        self.kind = "tree";
        self.tree = branches
            .into_iter()
            .map(|(p, cs)| {
                let parent = opt(p);
                let children: Vec<Opt> = cs.into_iter().map(opt).collect();
                let open = parent.selected || children.iter().any(|c| c.selected);
                Branch { parent, children, open }
            })
            .collect();
        self
    }
    pub fn value(mut self, v: impl Into<String>) -> Self {
        self.value = v.into();
        self
    }
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub fn hint(mut self, h: String) -> Self {
        self.hint = Some(h);
        self
    }
    pub fn autocomplete(mut self, a: &'static str) -> Self {
        self.autocomplete = a;
        self
    }
    /// Options of a select or checkbox list; `selected` holds the chosen values.
    pub fn options(mut self, opts: impl IntoIterator<Item = (String, String)>, selected: &[String]) -> Self {
        self.options = opts
            .into_iter()
            .map(|(value, label)| {
                let selected = selected.contains(&value);
                Opt { value, label, selected }
            })
            .collect();
        self
    }
    /// Ids of the hint and error that describe the control, for `aria-describedby`.
    pub fn describedby(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("f-{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("f-{}-error", self.name));
        }
        ids.join(" ")
    }
    pub fn is_checkboxes(&self) -> bool {
        self.kind == "checkboxes" || self.kind == "tree"
    }
    /// The input's type; a rejected value is shown back as typed, and as a `url`, `email`,
    /// `date` or `number` input it would make the page invalid HTML, so it is text then.
    pub fn input_type(&self) -> &'static str {
        if self.error.is_some() && matches!(self.kind, "url" | "email" | "date" | "number") {
            "text"
        } else {
            self.kind
        }
    }
}

pub struct Form {
    pub action: String,
    pub submit: String,
    pub fields: Vec<Field>,
    /// (field name, message) of each error, in field order, for the summary.
    pub summary: Vec<(&'static str, String)>,
    /// A form-wide message (e.g. "e-mail or password is wrong").
    pub message: Option<String>,
    pub csrf: String,
    /// The one-time token of this rendering of the form (`web::once`).
    pub once: String,
    /// Styles the submit button as dangerous (delete account).
    pub danger: bool,
}

impl Form {
    pub fn new(action: impl Into<String>, submit: String, csrf: &str, fields: Vec<Field>) -> Self {
        Self {
            action: action.into(),
            submit,
            fields,
            summary: Vec::new(),
            message: None,
            csrf: csrf.to_owned(),
            once: crate::once::token(),
            danger: false,
        }
    }
    /// Puts each error next to its field (and in the summary).
    pub fn with_errors(mut self, errors: &FieldErrors, tr: &Tr) -> Self {
        for e in &errors.0 {
            let msg = tr.field_error(e);
            if let Some(f) = self.fields.iter_mut().find(|f| f.name == e.field) {
                if f.error.is_none() {
                    f.error = Some(msg.clone());
                    self.summary.push((f.name, msg));
                }
            } else {
                self.message = Some(msg);
            }
        }
        // Passwords are never sent back to the browser.
        for f in self.fields.iter_mut().filter(|f| f.kind == "password") {
            f.value.clear();
        }
        self
    }
    pub fn with_message(mut self, m: String) -> Self {
        self.message = Some(m);
        self
    }
    pub fn danger(mut self) -> Self {
        self.danger = true;
        self
    }
    /// Whether the form sends a file (and so is `multipart/form-data`).
    pub fn has_file(&self) -> bool {
        self.fields.iter().any(|f| f.kind == "file" || f.kind == "document")
    }
    pub fn has_errors(&self) -> bool {
        !self.summary.is_empty() || self.message.is_some()
    }
}

/// The fields of an `application/x-www-form-urlencoded` body as pairs, so that repeated
/// names (checkbox lists) keep every value.
#[derive(Clone)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for Fields {
    type Rejection = crate::error::AppError;
    async fn from_request(mut req: axum::extract::Request, s: &S) -> Result<Self, Self::Rejection> {
        // Already parsed by the CSRF check (`security::csrf`) for every form post.
        if let Some(f) = req.extensions_mut().remove::<Fields>() {
            return Ok(f);
        }
        let bytes = bytes::Bytes::from_request(req, s)
            .await
            .map_err(|_| crate::error::AppError::invalid("body", "unreadable"))?;
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .map(Fields)
            .map_err(|_| crate::error::AppError::invalid("body", "unreadable"))
    }
}
