//! People's public profiles and the people directory. Public queries select each field
//! through its flag (`CASE WHEN show_x = 1 THEN x END`) and filter only on shown fields,
//! so a value a person keeps private never leaves the database in them, and no filter
//! can reveal it by what it finds.

use crate::query::{Order, Query, fetch_slice};
use crate::tags::bars;
use crate::{Db, Result, Tx};
use domain::paging::{Cursor, Seek, Slice};
use domain::people::Profile;
use domain::{UnixTime, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A person as the public sees them: only what they show.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PublicPerson {
    pub id: UserId,
    pub name: String,
    /// The organisation shown, if approved: id and name.
    pub organisation: Option<(i64, String)>,
    pub role: Option<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub bio: Option<String>,
    /// The photo's stored name (`web::media`).
    pub photo: Option<String>,
    pub updated_at: UnixTime,
}

/// Filters of the people directory.
#[derive(Debug, Clone, Default)]
pub struct PeopleFilter {
    /// Part of the name, folded.
    pub q: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub topic: Option<String>,
    /// Newest profiles first instead of by name.
    pub recent: bool,
}

const PUBLIC_COLS: &str = "p.user_id, u.name, p.name_key, p.updated_at,
    CASE WHEN p.show_organisation = 1 AND o.status = 'approved' AND m.status = 'active' THEN o.id END AS org_id,
    CASE WHEN p.show_organisation = 1 AND o.status = 'approved' AND m.status = 'active' THEN o.name END AS org_name,
    CASE WHEN p.show_role = 1 THEN p.role END AS role,
    CASE WHEN p.show_country = 1 THEN p.country END AS country,
    CASE WHEN p.show_languages = 1 THEN p.languages END AS languages,
    CASE WHEN p.show_topics = 1 THEN p.topics END AS topics,
    CASE WHEN p.show_bio = 1 THEN p.bio END AS bio, p.photo";

const PUBLIC_FROM: &str = "FROM profiles p JOIN users u ON u.id = p.user_id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    LEFT JOIN memberships m ON m.organisation_id = p.organisation_id AND m.user_id = p.user_id
    WHERE p.public = 1 AND u.status <> 'rejected'
      AND NOT EXISTS (SELECT 1 FROM moderation x WHERE x.target_kind = 'profile' AND x.target_id = p.user_id)";

fn codes(s: Option<String>) -> Vec<String> {
    s.iter().flat_map(|s| s.split('|')).filter(|c| !c.is_empty()).map(str::to_owned).collect()
}

fn public_row(r: &AnyRow) -> PublicPerson {
    let org_id: Option<i64> = r.get("org_id");
    PublicPerson {
        id: UserId(r.get("user_id")),
        name: r.get("name"),
        organisation: org_id.map(|id| (id, r.get::<String, _>("org_name"))),
        role: r.get("role"),
        country: r.get("country"),
        languages: codes(r.get("languages")),
        topics: codes(r.get("topics")),
        bio: r.get("bio"),
        photo: r.get("photo"),
        updated_at: r.get("updated_at"),
    }
}

fn people_from_where(f: &PeopleFilter) -> Query {
    let mut q = Query::new(PUBLIC_FROM);
    if let Some(c) = &f.country {
        q.push(" AND p.show_country = 1 AND p.country = ").text(c.clone());
    }
    if let Some(l) = &f.language {
        q.push(" AND p.show_languages = 1 AND p.languages LIKE ").text(format!("%|{l}|%"));
    }
    if let Some(t) = &f.topic {
        q.push(" AND p.show_topics = 1 AND p.topics LIKE ").text(format!("%|{t}|%"));
    }
    if let Some(text) = f.q.as_deref().map(domain::text::fold).filter(|t| !t.is_empty()) {
        q.push(" AND p.name_key LIKE ").text(format!("%{}%", text.replace(['%', '_', '\\'], "")));
    }
    q
}

const BY_NAME: Order = Order { key: "p.name_key", id: "p.user_id", key_is_int: false, desc: false };
const BY_RECENT: Order = Order { key: "p.updated_at", id: "p.user_id", key_is_int: true, desc: true };

impl Db {
    /// A keyset page of public profiles matching `f`, by name or newest first. A page is
    /// answered from memory until this process writes, or for [`crate::memo::PEOPLE_MAX_AGE`].
    pub async fn people(
        &self,
        f: &PeopleFilter,
        seek: &Seek,
        limit: usize,
    ) -> Result<std::sync::Arc<Slice<PublicPerson>>> {
        let mut q = people_from_where(f);
        let order = if f.recent { &BY_RECENT } else { &BY_NAME };
        q.prepend(&format!("SELECT {PUBLIC_COLS} ")).seek(seek, order, limit);
        let key = q.cache_key();
        let generation = self.memo.generation();
        if let Some(page) = self.memo.people.get(&key, generation) {
            return Ok(page);
        }
        let _fill = self.memo.fill_lock(&key).await;
        if let Some(page) = self.memo.people.get(&key, generation) {
            return Ok(page);
        }
        let recent = f.recent;
        let row = |r: &AnyRow| (public_row(r), r.get::<String, _>("name_key"));
        let slice = fetch_slice(self.pool(), &q, seek, limit, row, move |(p, key)| {
            if recent { Cursor::new(p.updated_at.to_string(), p.id.0) } else { Cursor::new(key.clone(), p.id.0) }
        })
        .await?;
        let page = std::sync::Arc::new(slice.map(|(p, _)| p));
        self.memo.people.put(key, generation, page.clone());
        Ok(page)
    }

    pub async fn count_people(&self, f: &PeopleFilter) -> Result<i64> {
        self.cached_count(&people_from_where(f)).await
    }

    /// One public profile, or `None` when the person shows none.
    pub async fn public_person(&self, id: UserId) -> Result<Option<PublicPerson>> {
        let mut q = Query::new(PUBLIC_FROM);
        q.push(" AND p.user_id = ").int(id.0).prepend(&format!("SELECT {PUBLIC_COLS} "));
        Ok(q.build().fetch_optional(self.pool()).await?.as_ref().map(public_row))
    }

    /// The person's own profile, everything they keep (for their form).
    pub async fn own_profile(&self, id: UserId) -> Result<Option<Profile>> {
        let r = sqlx::query(
            "SELECT public, organisation_id, show_organisation, role, show_role, country, show_country, languages,
                    show_languages, topics, show_topics, bio, show_bio FROM profiles WHERE user_id = $1",
        )
        .bind(id.0)
        .fetch_optional(self.pool())
        .await?;
        Ok(r.map(|r| Profile {
            public: r.get::<i64, _>(0) == 1,
            organisation: r.get(1),
            show_organisation: r.get::<i64, _>(2) == 1,
            role: r.get(3),
            show_role: r.get::<i64, _>(4) == 1,
            country: r.get(5),
            show_country: r.get::<i64, _>(6) == 1,
            languages: codes(r.get(7)),
            show_languages: r.get::<i64, _>(8) == 1,
            topics: codes(r.get(9)),
            show_topics: r.get::<i64, _>(10) == 1,
            bio: r.get(11),
            show_bio: r.get::<i64, _>(12) == 1,
        }))
    }
}

impl Db {
    /// The person's photo, shown or not.
    pub async fn own_photo(&self, id: UserId) -> Result<Option<String>> {
        let r =
            sqlx::query("SELECT photo FROM profiles WHERE user_id = $1").bind(id.0).fetch_optional(self.pool()).await?;
        Ok(r.and_then(|r| r.get(0)))
    }

    /// Whether a stored image is shown publicly: an initiative's logo, or the photo of a
    /// public profile.
    pub async fn media_is_public(&self, name: &str) -> Result<bool> {
        let r = sqlx::query(
            "SELECT 1 FROM initiatives WHERE logo = $1
             UNION ALL
             SELECT 1 FROM profiles p JOIN users u ON u.id = p.user_id
               WHERE p.photo = $1 AND p.public = 1 AND u.status <> 'rejected'
                 AND NOT EXISTS (SELECT 1 FROM moderation x WHERE x.target_kind = 'profile' AND x.target_id = p.user_id)",
        )
        .bind(name)
        .fetch_optional(self.pool())
        .await?;
        Ok(r.is_some())
    }
}

impl Tx {
    /// Sets or removes the person's photo (creating a private profile the first time).
    pub async fn set_profile_photo(
        &mut self,
        user: UserId,
        name: &str,
        photo: Option<&str>,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO profiles (user_id, name_key, photo, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id) DO UPDATE SET photo = excluded.photo, updated_at = excluded.updated_at",
        )
        .bind(user.0)
        .bind(crate::organisations::name_key(name))
        .bind(photo)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Saves the person's profile (creating it the first time).
    pub async fn save_profile(&mut self, user: UserId, name: &str, p: &Profile, now: UnixTime) -> Result<()> {
        let flag = |b: bool| i64::from(b);
        sqlx::query(
            "INSERT INTO profiles (user_id, public, name_key, organisation_id, show_organisation, role, show_role, country,
                 show_country, languages, show_languages, topics, show_topics, bio, show_bio, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
             ON CONFLICT (user_id) DO UPDATE SET public = excluded.public, name_key = excluded.name_key,
                 organisation_id = excluded.organisation_id, show_organisation = excluded.show_organisation,
                 role = excluded.role, show_role = excluded.show_role, country = excluded.country,
                 show_country = excluded.show_country, languages = excluded.languages,
                 show_languages = excluded.show_languages, topics = excluded.topics, show_topics = excluded.show_topics,
                 bio = excluded.bio, show_bio = excluded.show_bio, updated_at = excluded.updated_at",
        )
        .bind(user.0)
        .bind(flag(p.public))
        .bind(crate::organisations::name_key(name))
        .bind(p.organisation)
        .bind(flag(p.show_organisation))
        .bind(p.role.as_deref())
        .bind(flag(p.show_role))
        .bind(p.country.as_deref())
        .bind(flag(p.show_country))
        .bind(bars(&p.languages))
        .bind(flag(p.show_languages))
        .bind(bars(&p.topics))
        .bind(flag(p.show_topics))
        .bind(p.bio.as_deref())
        .bind(flag(p.show_bio))
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
