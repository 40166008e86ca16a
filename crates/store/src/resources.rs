//! Knowledge resources and the search outbox. Every write here records an outbox row in
//! the same transaction ([`Tx::outbox`]), from which the search index is derived.

use crate::query::Query;
use crate::tags::{bars, list};
use crate::{Db, Result, StoreError, Tx};
use domain::resources::{Publisher, ResourceDraft, State};
use domain::{UnixTime, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone)]
pub struct Resource {
    pub id: i64,
    pub publisher: Publisher,
    /// The initiative's acronym or the organisation's name.
    pub publisher_name: String,
    pub draft: ResourceDraft,
    pub body_html: String,
    pub state: State,
    pub published_at: Option<UnixTime>,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
    /// Shared by a resource and its translations (`None`: it has none).
    pub translation_group: Option<i64>,
}

/// An attached file.
#[derive(Debug, Clone)]
pub struct ResourceFile {
    pub id: i64,
    pub resource_id: i64,
    /// The name it was sent with (cleaned).
    pub name: String,
    /// `pdf`, `docx`… as its content says.
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: UnixTime,
}

/// Filters of the list of published resources (all optional).
#[derive(Debug, Clone, Default)]
pub struct ResourceFilter {
    pub kind: Option<String>,
    pub topic: Option<String>,
    pub sector: Option<String>,
    pub language: Option<String>,
    pub initiative: Option<i64>,
    /// eForms procedure type.
    pub procedure: Option<String>,
    /// Part of the title, folded.
    pub q: Option<String>,
    /// Show one resource of each translation group: the one in this language if there is
    /// one, else the first (when no language filter is set).
    pub prefer_language: Option<String>,
}

const COLS: &str =
    "r.id, r.initiative_id, r.organisation_id, COALESCE(i.acronym, o.name) AS publisher_name, r.kind, r.title,
    r.summary, r.body_md, r.body_html, r.link, r.language, r.topics, r.sectors, r.audiences, r.procedures, r.countries,
    r.cpv, r.case_study, r.state, r.published_at, r.created_at, r.updated_at, r.translation_group";

const FROM: &str = "FROM resources r LEFT JOIN initiatives i ON i.id = r.initiative_id
    LEFT JOIN organisations o ON o.id = r.organisation_id";

fn row(r: &AnyRow) -> Resource {
    let ini: Option<i64> = r.get("initiative_id");
    let org: Option<i64> = r.get("organisation_id");
    let publisher = match (ini, org) {
        (Some(i), _) => Publisher::Initiative(i),
        (None, o) => Publisher::Organisation(o.unwrap_or_default()),
    };
    Resource {
        id: r.get("id"),
        publisher,
        publisher_name: r.get::<Option<String>, _>("publisher_name").unwrap_or_default(),
        draft: ResourceDraft {
            publisher,
            kind: r.get("kind"),
            title: r.get("title"),
            summary: r.get("summary"),
            body: r.get("body_md"),
            link: r.get("link"),
            language: r.get("language"),
            topics: list(r.get("topics")),
            sectors: list(r.get("sectors")),
            audiences: list(r.get("audiences")),
            procedures: list(r.get("procedures")),
            countries: list(r.get("countries")),
            cpv: list(r.get("cpv")),
            case_study: r.get::<Option<String>, _>("case_study").and_then(|j| serde_json::from_str(&j).ok()),
        },
        body_html: r.get("body_html"),
        state: State::parse(&r.get::<String, _>("state")).unwrap_or(State::Draft),
        published_at: r.get("published_at"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
        translation_group: r.get("translation_group"),
    }
}

fn file_row(r: &AnyRow) -> ResourceFile {
    ResourceFile {
        id: r.get("id"),
        resource_id: r.get("resource_id"),
        name: r.get("name"),
        kind: r.get("kind"),
        size: r.get("size"),
        sha256: r.get("sha256"),
        created_at: r.get("created_at"),
    }
}

const FILE_COLS: &str = "id, resource_id, name, kind, size, sha256, created_at";

/// One saved version of a resource.
#[derive(Debug, Clone)]
pub struct Revision {
    pub id: i64,
    pub at: UnixTime,
    pub actor_name: String,
    pub draft: ResourceDraft,
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds a draft's fifteen columns ($1 to $15: kind, title, its folded key, summary,
/// body, its HTML, link, language, the six tag lists and the case study), as insert and
/// update write them.
fn bind_draft<'q>(q: AnyQuery<'q>, d: &'q ResourceDraft, html: &'q str) -> AnyQuery<'q> {
    q.bind(&d.kind)
        .bind(&d.title)
        .bind(domain::text::fold(&d.title))
        .bind(&d.summary)
        .bind(&d.body)
        .bind(html)
        .bind(d.link.as_deref())
        .bind(&d.language)
        .bind(bars(&d.topics))
        .bind(bars(&d.sectors))
        .bind(bars(&d.audiences))
        .bind(bars(&d.procedures))
        .bind(bars(&d.countries))
        .bind(bars(&d.cpv))
        .bind(d.case_study.as_ref().and_then(|c| serde_json::to_string(c).ok()))
}

impl Db {
    /// The saved versions of a resource, newest first.
    pub async fn resource_revisions(&self, id: i64) -> Result<Vec<Revision>> {
        let rows = sqlx::query(
            "SELECT id, at, actor_name, snapshot FROM resource_revisions WHERE resource_id = $1 ORDER BY id DESC LIMIT 200",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let draft = serde_json::from_str(&r.get::<String, _>(3)).ok()?;
                Some(Revision { id: r.get(0), at: r.get(1), actor_name: r.get(2), draft })
            })
            .collect())
    }

    pub async fn resource(&self, id: i64) -> Result<Resource> {
        let sql = format!("SELECT {COLS} {FROM} WHERE r.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Published resources matching `f`, newest first, `limit` from `offset`, and how many
    /// match in all.
    pub async fn published_resources(
        &self,
        f: &ResourceFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Resource>, i64)> {
        let mut q = Query::new(FROM);
        q.push(" WHERE r.state = 'published'");
        if let Some(k) = &f.kind {
            q.push(" AND r.kind = ").text(k.clone());
        }
        for (col, v) in [("r.topics", &f.topic), ("r.sectors", &f.sector)] {
            if let Some(v) = v {
                q.push(&format!(" AND {col} LIKE ")).text(format!("%|{v}|%"));
            }
        }
        if let Some(l) = &f.language {
            q.push(" AND r.language = ").text(l.clone());
        }
        if let Some(i) = f.initiative {
            q.push(" AND r.initiative_id = ").int(i);
        }
        if let Some(p) = &f.procedure {
            q.push(" AND r.procedures LIKE ").text(format!("%|{p}|%"));
        }
        if let (None, Some(l)) = (&f.language, &f.prefer_language) {
            // One of each translation group: the reader's language first, then the oldest.
            q.push(" AND (r.translation_group IS NULL OR NOT EXISTS (SELECT 1 FROM resources s
                WHERE s.translation_group = r.translation_group AND s.state = 'published' AND s.id <> r.id AND (s.language = ");
            q.text(l.clone());
            q.push(" OR (s.id < r.id AND r.language <> ");
            q.text(l.clone());
            q.push(")) AND r.language <> ");
            q.text(l.clone());
            q.push("))");
        }
        if let Some(t) = f.q.as_deref().map(domain::text::fold).filter(|t| !t.is_empty()) {
            q.push(" AND r.title_key LIKE ").text(format!("%{}%", t.replace(['%', '_', '\\'], "")));
        }
        let mut count = q.clone();
        count.prepend("SELECT COUNT(*) ");
        let total: i64 = count.build().fetch_one(self.pool()).await?.get(0);
        q.prepend(&format!("SELECT {COLS} "));
        q.push(" ORDER BY r.published_at DESC, r.id DESC LIMIT ").int(limit.clamp(1, 100));
        q.push(" OFFSET ").int(offset.clamp(0, 10_000));
        let rows = q.build().fetch_all(self.pool()).await?;
        Ok((rows.iter().map(row).collect(), total))
    }

    /// A publisher's resources in every state, newest change first (for its editors).
    pub async fn publisher_resources(&self, p: Publisher) -> Result<Vec<Resource>> {
        let (col, id) = match p {
            Publisher::Initiative(i) => ("r.initiative_id", i),
            Publisher::Organisation(o) => ("r.organisation_id", o),
        };
        let sql = format!("SELECT {COLS} {FROM} WHERE {col} = $1 ORDER BY r.updated_at DESC, r.id DESC LIMIT 500");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// Published resources among `ids` (in no particular order).
    pub async fn published_resources_by_id(&self, ids: &[i64]) -> Result<Vec<Resource>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        // By primary key only (a condition on the state would lead SQLite to scan the
        // published index instead); the state is checked here.
        let sql = format!("SELECT {COLS} {FROM} WHERE r.id IN ({list})");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).filter(|r| r.state == State::Published).collect())
    }

    /// The resources of a translation group, in every state (the caller shows what the
    /// reader may see), oldest first.
    pub async fn translations(&self, group: i64) -> Result<Vec<Resource>> {
        let sql = format!("SELECT {COLS} {FROM} WHERE r.translation_group = $1 ORDER BY r.id LIMIT 50");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(group).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// The resource with exactly this title, if there is one (the demo seed's check).
    pub async fn resource_id_by_title(&self, title: &str) -> Result<Option<i64>> {
        Ok(sqlx::query("SELECT id FROM resources WHERE title = $1 ORDER BY id LIMIT 1")
            .bind(title)
            .fetch_optional(self.pool())
            .await?
            .map(|r| r.get(0)))
    }

    /// A resource's attached files, in the order they were added.
    pub async fn resource_files(&self, id: i64) -> Result<Vec<ResourceFile>> {
        let sql = format!("SELECT {FILE_COLS} FROM resource_files WHERE resource_id = $1 ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(file_row).collect())
    }

    pub async fn resource_file(&self, id: i64) -> Result<ResourceFile> {
        let sql = format!("SELECT {FILE_COLS} FROM resource_files WHERE id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        r.as_ref().map(file_row).ok_or(StoreError::NotFound)
    }

    /// The newest outbox row's id (0 when empty).
    pub async fn outbox_last(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COALESCE(MAX(id), 0) FROM search_outbox").fetch_one(self.pool()).await?.get(0))
    }

    pub async fn count_published_resources(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM resources WHERE state = 'published'").fetch_one(self.pool()).await?.get(0))
    }

    /// Published resources by id after `after` (a rebuild's batches).
    pub async fn published_resources_after(&self, after: i64, limit: i64) -> Result<Vec<Resource>> {
        let sql = format!("SELECT {COLS} {FROM} WHERE r.state = 'published' AND r.id > $1 ORDER BY r.id LIMIT $2");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(after).bind(limit).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// Outbox rows after `after` (at most `limit`): (id, item kind, item id).
    pub async fn outbox_after(&self, after: i64, limit: i64) -> Result<Vec<(i64, String, i64)>> {
        let rows = sqlx::query("SELECT id, item_kind, item_id FROM search_outbox WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
    }
}

impl Tx {
    pub async fn resource(&mut self, id: i64) -> Result<Resource> {
        let sql = format!("SELECT {COLS} {FROM} WHERE r.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Records a saved version in the resource's history.
    pub async fn add_resource_revision(
        &mut self,
        id: i64,
        actor: (UserId, &str),
        d: &ResourceDraft,
        now: UnixTime,
    ) -> Result<()> {
        let snapshot = serde_json::to_string(d).map_err(|e| StoreError::Db(sqlx::Error::Protocol(e.to_string())))?;
        sqlx::query(
            "INSERT INTO resource_revisions (resource_id, at, actor_id, actor_name, snapshot) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(now)
        .bind(actor.0.0)
        .bind(actor.1)
        .bind(snapshot)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// The languages already taken in a translation group (or by the resource `id` alone
    /// when it has no group yet).
    pub async fn translation_languages(&mut self, group: i64) -> Result<Vec<String>> {
        let rows = sqlx::query("SELECT language FROM resources WHERE translation_group = $1 OR id = $1")
            .bind(group)
            .fetch_all(self.conn())
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Makes `id` the first of a translation group (its own id is the group's).
    pub async fn start_translation_group(&mut self, id: i64) -> Result<()> {
        sqlx::query("UPDATE resources SET translation_group = id WHERE id = $1 AND translation_group IS NULL")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn count_resource_files(&mut self, id: i64) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM resource_files WHERE resource_id = $1")
            .bind(id)
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    /// Attaches a file kept under the data folder.
    pub async fn add_resource_file(
        &mut self,
        resource: i64,
        (name, kind, size, sha256): (&str, &str, i64, &str),
        by: UserId,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO resource_files (resource_id, name, kind, size, sha256, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(resource)
        .bind(name)
        .bind(kind)
        .bind(size)
        .bind(sha256)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        sqlx::query("UPDATE resources SET updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(resource)
            .execute(self.conn())
            .await?;
        Ok(r.get(0))
    }

    /// Removes an attached file of `resource` (the content stays on disk while another
    /// attachment has the same hash).
    pub async fn remove_resource_file(&mut self, resource: i64, file: i64, now: UnixTime) -> Result<()> {
        let r = sqlx::query("DELETE FROM resource_files WHERE id = $1 AND resource_id = $2")
            .bind(file)
            .bind(resource)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("UPDATE resources SET updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(resource)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Records that an item changed, for the search index.
    pub async fn outbox(&mut self, kind: &str, id: i64, now: UnixTime) -> Result<()> {
        sqlx::query("INSERT INTO search_outbox (item_kind, item_id, created_at) VALUES ($1, $2, $3)")
            .bind(kind)
            .bind(id)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Creates a draft.
    pub async fn create_resource(
        &mut self,
        d: &ResourceDraft,
        html: &str,
        translation_group: Option<i64>,
        by: UserId,
        now: UnixTime,
    ) -> Result<i64> {
        let (ini, org) = match d.publisher {
            Publisher::Initiative(i) => (Some(i), None),
            Publisher::Organisation(o) => (None, Some(o)),
        };
        let r = bind_draft(
            sqlx::query(
                "INSERT INTO resources (kind, title, title_key, summary, body_md, body_html, link, language, topics, sectors,
                   audiences, procedures, countries, cpv, case_study, initiative_id, organisation_id, state, created_by,
                   created_at, updated_at, translation_group)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'draft', $18, $19, $19, $20)
                 RETURNING id",
            ),
            d,
            html,
        )
        .bind(ini)
        .bind(org)
        .bind(by.0)
        .bind(now)
        .bind(translation_group)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = r.get(0);
        self.outbox("resource", id, now).await?;
        Ok(id)
    }

    /// Saves a new version (the publisher stays).
    pub async fn update_resource(&mut self, id: i64, d: &ResourceDraft, html: &str, now: UnixTime) -> Result<()> {
        let r = bind_draft(
            sqlx::query(
                "UPDATE resources SET kind = $1, title = $2, title_key = $3, summary = $4, body_md = $5, body_html = $6,
                   link = $7, language = $8, topics = $9, sectors = $10, audiences = $11, procedures = $12, countries = $13,
                   cpv = $14, case_study = $15, updated_at = $16 WHERE id = $17",
            ),
            d,
            html,
        )
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.outbox("resource", id, now).await
    }

    /// Deletes a resource with its history and files' rows; the index forgets it.
    pub async fn delete_resource(&mut self, id: i64, now: UnixTime) -> Result<()> {
        let r = sqlx::query("DELETE FROM resources WHERE id = $1").bind(id).execute(self.conn()).await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.outbox("resource", id, now).await
    }

    /// Moves a resource to a state; publishing the first time sets its publication date.
    pub async fn set_resource_state(&mut self, id: i64, state: State, now: UnixTime) -> Result<()> {
        let r = sqlx::query(
            "UPDATE resources SET state = $1, updated_at = $2,
               published_at = CASE WHEN $1 = 'published' AND published_at IS NULL THEN $2 ELSE published_at END
             WHERE id = $3",
        )
        .bind(state.as_str())
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.outbox("resource", id, now).await
    }
}
