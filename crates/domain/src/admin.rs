//! The audit log: every administrative decision and every change of someone's rights is
//! recorded with who did it, to what, and when.

use serde::{Deserialize, Serialize};

macro_rules! actions {
    ($($variant:ident = $s:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum AuditAction { $(#[serde(rename = $s)] $variant),* }
        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant),*];
            pub fn as_str(self) -> &'static str { match self { $(Self::$variant => $s),* } }
            pub fn from_str_opt(s: &str) -> Option<Self> { match s { $($s => Some(Self::$variant),)* _ => None } }
        }
    };
}

actions! {
    UserApproved = "user.approved",
    UserRejected = "user.rejected",
    UserDeleted = "user.deleted",
    AdminCreated = "admin.created",
    OrganisationCreated = "organisation.created",
    OrganisationUpdated = "organisation.updated",
    OrganisationApproved = "organisation.approved",
    OrganisationRejected = "organisation.rejected",
    OrganisationDeleted = "organisation.deleted",
    PasswordReset = "user.password-reset",
    JobRetried = "job.retried",
    MemberAccepted = "member.accepted",
    MemberRoleChanged = "member.role-changed",
    MemberRemoved = "member.removed",
    JoinDeclined = "member.request-declined",
    JoinWithdrawn = "member.request-withdrawn",
    InvitationSent = "invitation.sent",
    InvitationCancelled = "invitation.cancelled",
    InvitationAccepted = "invitation.accepted",
    InvitationDeclined = "invitation.declined",
    InformationRequested = "review.information-requested",
    InitiativeCreated = "initiative.created",
    InitiativeUpdated = "initiative.updated",
    InitiativeEditorAdded = "initiative.editor-added",
    InitiativeEditorRemoved = "initiative.editor-removed",
    ApplicationSubmitted = "application.submitted",
    ApplicationAccepted = "application.accepted",
    ApplicationDeclined = "application.declined",
    ApplicationWithdrawn = "application.withdrawn",
    ContentHidden = "moderation.hidden",
    ContentRestored = "moderation.restored",
    ContentRemoved = "moderation.removed",
    AuthorWarned = "moderation.warned",
    UserSuspended = "moderation.suspended",
    ModeratorNamed = "moderator.named",
    ModeratorRemoved = "moderator.removed",
}
