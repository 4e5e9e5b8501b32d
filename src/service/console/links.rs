//! Links to a post and its account on their platform, from URL templates in the configuration
//! (`console.post_url`, `console.account_url`): X by default, any other platform by its own
//! templates. Placeholders are `{post_id}`, `{account_id}` and `{username}`; every value is
//! percent-encoded, so a link is built from ids only and no post text can shape it.

/// X's links: a post by its id alone (works whatever the username became), an account by id.
pub const X_POST_URL: &str = "https://x.com/i/web/status/{post_id}";
pub const X_ACCOUNT_URL: &str = "https://x.com/i/user/{account_id}";

const PLACEHOLDERS: [&str; 3] = ["{post_id}", "{account_id}", "{username}"];

/// The two templates, checked.
#[derive(Clone, Debug)]
pub struct Links {
    post: String,
    account: String,
}

/// The ids a link can be built from.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ids<'a> {
    pub post_id: Option<&'a str>,
    pub account_id: Option<&'a str>,
    pub username: Option<&'a str>,
}

impl Links {
    /// Checks the templates: empty (no link), or an `http://` or `https://` URL whose only
    /// `{…}` are the placeholders above.
    ///
    /// # Errors
    /// The first template that is not one, as a sentence.
    pub fn new(post: &str, account: &str) -> Result<Links, String> {
        for (key, t) in [("post_url", post), ("account_url", account)] {
            if t.is_empty() {
                continue;
            }
            if !(t.starts_with("https://") || t.starts_with("http://")) {
                return Err(format!("console.{key} must start with https:// or http://"));
            }
            let mut rest = t.to_string();
            for p in PLACEHOLDERS {
                rest = rest.replace(p, "");
            }
            if rest.contains('{') || rest.contains('}') {
                return Err(format!(
                    "console.{key}: the only placeholders are {{post_id}}, {{account_id}} and {{username}}"
                ));
            }
        }
        Ok(Links {
            post: post.into(),
            account: account.into(),
        })
    }

    /// The post's link, if the template is set and every id it needs is known.
    pub fn post(&self, ids: Ids) -> Option<String> {
        fill(&self.post, ids)
    }

    /// The account's link, likewise.
    pub fn account(&self, ids: Ids) -> Option<String> {
        fill(
            &self.account,
            Ids {
                post_id: None,
                ..ids
            },
        )
    }

    /// `{"post":URL|null,"account":URL|null}`.
    pub fn json(&self, ids: Ids) -> serde_json::Value {
        serde_json::json!({ "post": self.post(ids), "account": self.account(ids) })
    }
}

impl Default for Links {
    fn default() -> Links {
        Links {
            post: X_POST_URL.into(),
            account: X_ACCOUNT_URL.into(),
        }
    }
}

fn fill(template: &str, ids: Ids) -> Option<String> {
    if template.is_empty() {
        return None;
    }
    let mut out = template.to_string();
    for (p, v) in [
        ("{post_id}", ids.post_id),
        ("{account_id}", ids.account_id),
        ("{username}", ids.username),
    ] {
        if out.contains(p) {
            out = out.replace(p, &encode(v.filter(|v| !v.is_empty())?));
        }
    }
    Some(out)
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: Ids = Ids {
        post_id: Some("1391000000000000999"),
        account_id: Some("44196397"),
        username: Some("elonmusk"),
    };

    #[test]
    fn x_links_by_default() {
        let l = Links::default();
        assert_eq!(
            l.post(IDS).as_deref(),
            Some("https://x.com/i/web/status/1391000000000000999")
        );
        assert_eq!(
            l.account(IDS).as_deref(),
            Some("https://x.com/i/user/44196397")
        );
    }

    #[test]
    fn other_platforms_by_template_with_every_value_encoded() {
        let l = Links::new(
            "https://social.example/@{username}/{post_id}",
            "https://social.example/@{username}",
        )
        .unwrap();
        assert_eq!(
            l.post(IDS).as_deref(),
            Some("https://social.example/@elonmusk/1391000000000000999")
        );
        let hostile = Ids {
            post_id: Some("1/../../x?y=<script>"),
            username: None,
            ..IDS
        };
        assert_eq!(l.post(hostile), None, "a needed id is missing");
        let l = Links::new("https://x.com/i/web/status/{post_id}", "").unwrap();
        assert_eq!(
            l.post(hostile).as_deref(),
            Some("https://x.com/i/web/status/1%2F..%2F..%2Fx%3Fy%3D%3Cscript%3E")
        );
        assert_eq!(l.account(IDS), None, "no account template");
    }

    #[test]
    fn bad_templates_are_refused() {
        assert!(Links::new("javascript:alert(1)//{post_id}", "").is_err());
        assert!(Links::new("https://x.com/{tweet}", "").is_err());
        assert!(Links::new("", "").is_ok());
    }
}
