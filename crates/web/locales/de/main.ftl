## Layout
site-description = IPTF Hub: Hier arbeiten öffentliche Auftraggeber, innovative Anbieter und EU-Initiativen gemeinsam an der öffentlichen Beschaffung von Innovationen.
brand-tagline = Task Force Innovationsbeschaffung
skip-to-content = Zum Hauptinhalt springen
nav-label = Hauptnavigation
nav-home = Startseite
nav-organisations = Organisationen
nav-admin = Verwaltung
nav-account = Ihr Konto
nav-sign-in = Anmelden
nav-sign-out = Abmelden
nav-register = Registrieren
language-label = Sprache
language-submit = Sprache wechseln
footer-about = IPTF Hub wird von der Innovation Procurement Task Force betrieben, einem freiwilligen Bündnis EU-geförderter Initiativen, die die öffentliche Beschaffung von Innovationen fördern.
footer-api = API-Dokumentation (OpenAPI)
back-home = Zur Startseite
back-to-account = Zurück zu Ihrem Konto
back-to-directory = Zurück zum Verzeichnis
back-to-organisation = Zurück zur Organisation
optional = (optional)
error-prefix = Fehler:
error-summary-title = Es gibt ein Problem
save = Änderungen speichern
yes = Ja
no = Nein
choose-one = Bitte wählen
choose-none = Nicht zutreffend
filter-any = Alle
filters-toggle = Filter
filter-apply = Filter anwenden
focus-areas = Schwerpunkte
pagination-label = Seiten
pagination-prev = Vorherige Seite
pagination-next = Nächste Seite
pagination-first = Erste Seite
pagination-last = Letzte Seite

## Home
home-title = Startseite
home-heading = Innovation gemeinsam beschaffen, in ganz Europa
home-lead = Die Innovation Procurement Task Force vereint EU-Initiativen, die öffentlichen Auftraggebern bei der Beschaffung von Innovationen helfen. Hier lernen Auftraggeber und veröffentlichen ihren Bedarf, Anbieter finden Auftraggeber, und die Mitgliedsinitiativen teilen ihre Veranstaltungen, Materialien und Neuigkeiten mit allen Netzwerken zugleich.
home-cta-register = Dem Hub beitreten
home-cta-browse = Organisationen ansehen
home-cta-organisation = Ihre Organisation eintragen
home-next-title = Was Sie hier tun können
home-buyers-title = Öffentliche Auftraggeber
home-buyers-body = Städte, Regionen, Krankenhäuser und Versorger lernen, wie man Innovationen beschafft, treffen Auftraggeber mit gleichem Bedarf und finden Anbieter, die ihn decken können.
home-suppliers-title = Innovative Anbieter
home-suppliers-body = KMU und Start-ups zeigen, was sie können, entdecken den Bedarf öffentlicher Auftraggeber und lernen, an den öffentlichen Sektor zu verkaufen.
home-members-title = Mitgliedsinitiativen
home-members-body = EU-geförderte Projekte bewerben ihre Schulungen, Webinare und Matchmaking-Termine einmal und erreichen die gemeinsamen Netzwerke der ganzen Task Force.
home-organisations-count = { $count ->
    [0] Noch ist keine Organisation eingetragen.
    [one] Eine Organisation ist eingetragen.
   *[other] { $count } Organisationen sind eingetragen.
}
home-initiatives-title = Mitgliedsinitiativen
home-initiatives-intro = Die Task Force wurde von vier EU-geförderten Projekten gegründet und hat seitdem weitere Initiativen und Partnerschaften aufgenommen.
home-initiatives-empty = Noch wurde keine Mitgliedsinitiative eingetragen.
home-founding = Gründungsmitglieder
home-joined = Später beigetreten
initiative-website = Website von { $acronym }

## Forms and validation
label-name = Vollständiger Name
label-email = E-Mail-Adresse
label-password = Passwort
label-new-password = Neues Passwort
label-current-password = Aktuelles Passwort
label-new-email = Neue E-Mail-Adresse
label-token-name = Name des Tokens
label-org-name = Name der Organisation
label-kind = Art der Organisation
label-size-class = Unternehmensgröße
label-country = Land
label-nuts = Region (NUTS-Code)
label-sectors = Sektoren
label-website = Website
hint-website = Zum Beispiel stad.gent oder https://www.stad.gent/de
label-description = Beschreibung
label-role = Rolle
label-sector = Sektor
hint-password = Mindestens 12 Zeichen. Einige Wörter ohne Bezug zueinander ergeben ein starkes Passwort, das man sich leicht merkt.
hint-token-name = Wofür das Token dient, zum Beispiel „CRM-Export“.
hint-size-class = Nur für Unternehmen, nach der EU-Definition von KMU (Empfehlung 2003/361/EG): Kleinst, weniger als 10 Beschäftigte und Umsatz oder Bilanzsumme bis 2 Mio. €; klein, weniger als 50 und bis 10 Mio. €; mittel, weniger als 250 und Umsatz bis 50 Mio. € oder Bilanzsumme bis 43 Mio. €; groß, darüber.
hint-nuts-list = Die NUTS-2021-Region der Organisation in ihrem Land, von der größten zur kleinsten.
hint-nuts = Optional: ein NUTS-2021-Code innerhalb des Landes, zum Beispiel FR101 oder DE21.
hint-sectors = Wählen Sie höchstens 8.
error-required = Geben Sie einen Wert ein.
error-too-long = Geben Sie höchstens { $limit } Zeichen ein.
error-invalid-characters = Entfernen Sie die Steuerzeichen.
error-invalid-url = Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt.
error-invalid-email = Geben Sie eine E-Mail-Adresse wie name@beispiel.eu ein.
error-password-too-short = Verwenden Sie mindestens { $limit } Zeichen.
error-password-common = Dieses Passwort ist zu verbreitet oder zu leicht zu erraten. Wählen Sie ein anderes.
error-password-personal = Dieses Passwort enthält Ihren Namen oder Ihre E-Mail-Adresse, die andere erraten können. Wählen Sie ein anderes.
error-password-pattern = Tastaturreihen, Wiederholungen und Folgen wie „abcd“ oder „1234“ sind leicht zu erraten. Wählen Sie ein anderes.
error-password-dates = Daten und Jahreszahlen sind leicht zu erraten. Wählen Sie ein anderes.
error-password-words = Ein einzelnes Wort oder ein Name, auch mit einigen Ziffern, ist leicht zu erraten. Mehrere Wörter ohne Zusammenhang ergeben ein starkes Passwort.
error-password-weak = Dieses Passwort wäre zu schnell erraten. Mehrere Wörter ohne Zusammenhang ergeben ein starkes Passwort.
error-invalid-country = Wählen Sie einen Mitgliedstaat der Europäischen Union.
error-invalid-nuts = Geben Sie einen NUTS-2021-Code ein, zum Beispiel FR101.
error-nuts-not-in-country = Diese Region liegt nicht im gewählten Land.
error-invalid = Dieser Wert ist ungültig.
error-conflicting = Geben Sie nur eines davon an.
error-already-sent = Dieses Formular wurde bereits gesendet. Laden Sie die Seite neu, um es erneut zu senden.
error-still-running = Dieselbe Anfrage wird noch bearbeitet. Warten Sie einen Moment und laden Sie die Seite dann neu.
error-idempotency-key-reused = Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.
error-duplicate-name = „{ $name }“ ist in diesem Land bereits auf dem Hub. Ist es Ihre Organisation, beantragen Sie den Beitritt auf ihrer Seite; ist es eine andere, kreuzen Sie das Feld unten an und senden Sie das Formular erneut.
label-duplicate = Gleicher Name
label-confirm-duplicate = Trotzdem anlegen: Es ist eine andere Organisation mit demselben Namen
error-date-before-start = Das Enddatum muss nach dem Anfangsdatum liegen.
error-invalid-choice = Wählen Sie eine der Möglichkeiten.
error-too-many = Wählen Sie höchstens { $limit }.
error-last-owner = Eine Organisation braucht mindestens einen Inhaber. Machen Sie zuerst jemand anderen zum Inhaber.
error-taken = Dies wird bereits verwendet.
error-wrong-password = Das Passwort ist nicht richtig.
error-same-email = Das ist bereits Ihre E-Mail-Adresse.
error-unreadable = Das Formular konnte nicht gelesen werden. Bitte versuchen Sie es erneut.
error-already-member = Sie sind bereits Mitglied oder haben den Beitritt schon beantragt.
error-not-yourself = Sie können nicht über Ihr eigenes Konto entscheiden.
error-invalid-number = Geben Sie eine Zahl ein.
error-invalid-date = Geben Sie ein Datum im Format JJJJ-MM-TT ein.

## Errors
http-not-found-title = Seite nicht gefunden
http-not-found-detail = Unter dieser Adresse gibt es nichts, oder Sie dürfen es nicht sehen.
http-forbidden-title = Nicht erlaubt
http-forbidden-detail = Sie haben keine Berechtigung dafür.
http-unauthorized-title = Anmeldung erforderlich
http-unauthorized-detail = Melden Sie sich an, um fortzufahren.
http-bad-token-title = Ungültiges Token
http-bad-token-detail = Das API-Token ist unbekannt oder wurde widerrufen.
http-conflict-title = Konflikt
http-conflict-detail = Dies steht im Widerspruch zu etwas, das bereits existiert.
http-unprocessable-title = Ungültige Eingabe
http-unprocessable-detail = Einige Felder sind ungültig.
http-too-many-requests-title = Zu viele Versuche
http-too-many-requests-detail = Bitte warten Sie eine Weile, bevor Sie es erneut versuchen.
http-csrf-title = Das Formular ist abgelaufen
http-csrf-detail = Zu Ihrer Sicherheit konnte das Formular nicht angenommen werden. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
http-internal-title = Etwas ist schiefgelaufen
http-internal-detail = Der Fehler wurde protokolliert. Bitte versuchen Sie es später erneut.
http-too-large-title = Zu viele Daten
http-too-large-detail = Ihre Übermittlung ist größer, als der Hub annimmt.
http-method-title = Hier nicht möglich
http-method-detail = Diese Adresse nimmt diese Art von Anfrage nicht an.
http-bad-request-title = Fehlerhafte Anfrage
http-bad-request-detail = Die Anfrage konnte nicht verstanden werden.
http-bad-json-title = Ungültiges JSON
http-bad-json-detail = Der Inhalt ist kein JSON in der Form, die diese Anfrage erwartet. Die API-Beschreibung unter /api/openapi.json zeigt sie.
http-bad-path-title = Ungültige Adresse
http-bad-path-detail = Ein Teil der Adresse ist ungültig, zum Beispiel eine Kennung, die keine ganze Zahl ist.
http-bad-query-title = Ungültige Abfrage
http-bad-query-detail = Ein Parameter der Abfragezeichenfolge ist ungültig.
http-unsupported-media-title = Nicht unterstützter Inhaltstyp
http-unsupported-media-detail = Senden Sie den Inhalt als JSON, mit dem Header Content-Type: application/json.
http-timeout-title = Zeitüberschreitung
http-timeout-detail = Der Hub konnte nicht rechtzeitig antworten. Bitte versuchen Sie es gleich noch einmal.

## Flash messages
flash-email-confirmed = Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.
flash-signed-out = Sie haben sich abgemeldet.
flash-password-reset = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.
flash-password-changed = Ihr Passwort wurde geändert. Andere Sitzungen wurden abgemeldet.
flash-email-link-sent = Wir haben einen Link an die neue Adresse geschickt. Sie wird verwendet, sobald Sie ihm folgen.
flash-email-changed = Ihre E-Mail-Adresse wurde geändert.
flash-token-revoked = Das Token wurde widerrufen.
flash-account-deleted = Ihr Konto und seine Daten wurden gelöscht.
flash-org-created = Die Organisation wurde angelegt. Eine Administratorin oder ein Administrator prüft sie, bevor sie im Verzeichnis erscheint.
flash-saved = Ihre Änderungen wurden gespeichert.
flash-join-requested = Ihre Anfrage wurde an die Inhaber der Organisation gesendet.
flash-member-removed = Die Mitgliedschaft wurde entfernt.
flash-decision-saved = Die Entscheidung wurde gespeichert und die Betroffenen wurden benachrichtigt.

## Registration, confirmation, sign-in, reset
register-title = Konto anlegen
register-intro = Ein Konto für den ganzen Hub. Wir schicken Ihnen einen Link, um Ihre E-Mail-Adresse zu bestätigen.
register-submit = Konto anlegen
register-have-account = Sie haben schon ein Konto? Melden Sie sich an
register-done-title = Sehen Sie in Ihr Postfach
register-done-body = Wenn diese Adresse verwendet werden kann, haben wir eine Nachricht an sie geschickt. Folgen Sie dem Link darin, um Ihre Adresse zu bestätigen.
register-done-spam = Wenn in einigen Minuten nichts ankommt, sehen Sie im Spam-Ordner nach oder fordern Sie einen neuen Link an.
register-done-to = Wir haben eine Nachricht an { $email } gesendet, sofern diese Adresse verwendet werden kann. Folgen Sie dem Link darin, um Ihre Adresse zu bestätigen.
register-wrong-address = Falsche Adresse? Registrieren Sie sich erneut mit der richtigen
confirm-already-title = Adresse bereits bestätigt
confirm-already-body = Dieser Link wurde bereits verwendet und die Adresse ist bestätigt. Melden Sie sich an, um fortzufahren.
confirm-title = Neuen Bestätigungslink anfordern
confirm-intro = Geben Sie die Adresse ein, mit der Sie sich registriert haben.
confirm-submit = Link senden
confirm-resend-link = Keine Bestätigungs-E-Mail erhalten?
confirm-sent-title = Sehen Sie in Ihr Postfach
confirm-sent-body = Wenn ein unbestätigtes Konto diese Adresse verwendet, haben wir einen neuen Link an sie geschickt.
link-invalid-title = Dieser Link kann nicht verwendet werden
link-invalid-body = Der Link ist unbekannt, abgelaufen oder wurde bereits verwendet. Sie können einen neuen anfordern.
sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-forgot = Passwort vergessen?
sign-in-register = Noch kein Konto? Registrieren
sign-in-wrong = E-Mail-Adresse oder Passwort ist nicht richtig.
sign-in-throttled = Zu viele fehlgeschlagene Versuche. Warten Sie 15 Minuten oder setzen Sie Ihr Passwort zurück.
sign-in-unconfirmed = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Folgen Sie dem Link, den wir Ihnen geschickt haben, oder fordern Sie einen neuen an.
sign-in-closed = Dieses Konto wurde von der Verwaltung geschlossen.
forgot-title = Passwort zurücksetzen
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, um ein neues Passwort zu wählen.
forgot-submit = Link zum Zurücksetzen senden
forgot-sent-title = Sehen Sie in Ihr Postfach
forgot-sent-body = Wenn ein Konto diese Adresse verwendet, haben wir einen Link an sie geschickt. Er funktioniert einmal und läuft nach einer Stunde ab.
reset-title = Neues Passwort wählen
reset-intro = Nach der Änderung werden Sie überall abgemeldet und können sich mit dem neuen Passwort anmelden.
reset-submit = Neues Passwort speichern

## Account
account-title = Ihr Konto
account-profile = Profil
account-status = Mitgliedsstatus
account-since = Mitglied seit
account-status-pending = Wartet auf Prüfung durch die Verwaltung
account-status-approved = Bestätigtes Mitglied
account-status-rejected = Geschlossen
account-organisations = Ihre Organisationen
account-no-organisations = Sie gehören noch keiner Organisation an. Tragen Sie Ihre ein oder beantragen Sie den Beitritt über das Verzeichnis.
membership-requested = Beitritt angefragt (noch keine Rolle)
password-title = Passwort ändern
password-intro = Ihre anderen Sitzungen werden abgemeldet.
password-submit = Passwort ändern
email-title = E-Mail-Adresse ändern
email-intro = Ihre Adresse ist derzeit { $email }. Wir schicken einen Link an die neue Adresse; die Änderung erfolgt, wenn Sie ihm folgen.
email-submit = Bestätigungslink senden
email-taken-body = Ein anderes Konto verwendet diese Adresse bereits.
account-export = Ihre Daten herunterladen (JSON)
delete-title = Konto löschen
delete-intro = Dies löscht Ihr Konto, Ihre Sitzungen, Ihre API-Tokens und Ihre Mitgliedschaften in Organisationen.
delete-warning = Das kann nicht rückgängig gemacht werden.
delete-submit = Mein Konto löschen
tokens-title = API-Tokens
tokens-intro = Persönliche Zugriffstokens erlauben Programmen, die API des Hubs in Ihrem Namen zu nutzen. Senden Sie eines als „Authorization: Bearer …“.
tokens-create = Token erstellen
tokens-created = Ihr neues Token steht unten. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.
tokens-your-token = Neues Token
tokens-list = Ihre Tokens
tokens-none = Sie haben keine Tokens.
tokens-prefix = Beginnt mit
tokens-created-at = Erstellt
tokens-last-used = Zuletzt verwendet
tokens-state = Status
tokens-revoke = Widerrufen
tokens-revoked = Widerrufen

## Organisations
orgs-title = Organisationen
orgs-intro = Öffentliche Auftraggeber, Unternehmen, NGOs und Forschungseinrichtungen, die am Hub teilnehmen.
orgs-filter-label = Organisationen filtern
orgs-search = Name enthält
people-found = { $count ->
    [0] Keine Person gefunden
    [one] Eine Person gefunden
   *[other] { $count } Personen gefunden
}
orgs-found = { $count ->
    [0] Keine Organisation gefunden
    [one] Eine Organisation gefunden
   *[other] { $count } Organisationen gefunden
}
orgs-none = Versuchen Sie es mit weniger Filtern.
org-kind-public-authority = Öffentlicher Auftraggeber
org-kind-company = Unternehmen
org-kind-ngo = Nichtregierungsorganisation
org-kind-research = Forschungseinrichtung
org-kind-other = Sonstige
review-pending = Wartet auf Prüfung
review-approved = Freigegeben
review-rejected = Abgelehnt
role-owner = Inhaber
role-editor = Bearbeiter
role-member = Mitglied
org-new-title = Organisation eintragen
org-new-intro = Sie werden ihr Inhaber. Das Administrationsteam prüft jede neue Organisation, bevor sie im Verzeichnis erscheint.
org-create-submit = Organisation eintragen
org-edit-title = Organisation bearbeiten
org-about = Über die Organisation
org-members = Mitglieder
org-manage-members = Alle Mitglieder ansehen
org-join = Beitritt beantragen
org-join-intro = Sie arbeiten für diese Organisation? Bitten Sie ihre Inhaber, Sie aufzunehmen.
org-join-pending = Ihr Beitrittsantrag wartet auf die Inhaber.
label-join-message = Nachricht an die Inhaber (optional)
hint-join-message = Wer Sie sind und warum Sie fragen, damit man Sie erkennt.
org-join-withdraw = Meine Anfrage zurückziehen
flash-join-withdrawn = Ihre Beitrittsanfrage wurde zurückgezogen.
org-sign-in-to-join = Anmelden, um den Beitritt zu beantragen
org-members-private = Nur Mitglieder sehen, wer zu dieser Organisation gehört.
members-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
members-title = Mitglieder von { $organisation }
members-intro = Nehmen Sie Anträge an, indem Sie eine Rolle vergeben. Inhaber verwalten die Mitglieder; Bearbeiter können das Profil ändern.
members-since = Seit
members-actions = Aktionen
members-role-for = Rolle von { $name }
members-accept = Annehmen
members-set-role = Rolle ändern
members-decline = Ablehnen
members-remove = Entfernen
members-leave = Diese Organisation verlassen

## Administration
admin-title = Verwaltung
admin-users-title = Personen
admin-orgs-title = Zu prüfende Organisationen
admin-audit-title = Prüfprotokoll
admin-audit-intro = Jede Entscheidung, mit Urheber und Zeitpunkt.
admin-jobs-title = Hintergrundaufgaben
admin-pending-users = { $count ->
    [0] Niemand wartet auf Prüfung.
    [one] Eine Person wartet auf Prüfung.
   *[other] { $count } Personen warten auf Prüfung.
}
admin-pending-orgs = { $count ->
    [0] Keine Organisation wartet auf Prüfung.
    [one] Eine Organisation wartet auf Prüfung.
   *[other] { $count } Organisationen warten auf Prüfung.
}
admin-jobs-due = { $count ->
    [one] { $count } Aufgabe fällig
   *[other] { $count } Aufgaben fällig
}
admin-jobs-retry = { $count ->
    [one] { $count } Aufgabe wartet auf erneuten Versuch
   *[other] { $count } Aufgaben warten auf erneuten Versuch
}
admin-jobs-failing = Fehlgeschlagene Aufgaben, die erneut versucht werden
admin-job-kind = Art
admin-job-attempts = Versuche
admin-job-next = Nächster Versuch
admin-job-error = Letzter Fehler
admin-status-filter = Status
admin-queue-empty = Hier ist nichts.
admin-registered = Registriert
admin-confirmed = E-Mail bestätigt
admin-approve = Freigeben
admin-reject = Ablehnen
admin-note = Notiz an die Organisation
audit-filter-label = Prüfprotokoll filtern
audit-action = Aktion
audit-actor = Ausgeführt von (Name oder E-Mail-Adresse)
audit-target = Betrifft
audit-target-user = Eine Person
audit-target-organisation = Eine Organisation
audit-since = Von
audit-until = Bis
audit-when = Zeitpunkt
audit-detail = Einzelheiten
audit-found = { $count ->
    [0] Kein Eintrag
    [one] Ein Eintrag
   *[other] { $count } Einträge
}
audit-user-approved = Person freigegeben
audit-user-rejected = Person abgelehnt
audit-user-deleted = Konto gelöscht
audit-admin-created = Administrator angelegt
audit-organisation-created = Organisation angelegt
audit-organisation-updated = Organisation bearbeitet
audit-organisation-approved = Organisation freigegeben
audit-organisation-rejected = Organisation abgelehnt
audit-member-accepted = Mitglied aufgenommen
audit-member-role-changed = Rolle geändert
audit-member-removed = Mitglied entfernt
audit-member-request-declined = Beitrittsanfrage abgelehnt
audit-member-request-withdrawn = Beitrittsanfrage zurückgezogen

## E-mail
mail-greeting = Guten Tag { $name },
mail-signature = IPTF Hub — Innovation Procurement Task Force
mail-link-expiry = { $count ->
    [one] Der Link funktioniert einmal und läuft in einer Stunde ab.
   *[other] Der Link funktioniert einmal und läuft in { $count } Stunden ab.
}
mail-not-you = Wenn Sie dies nicht angefordert haben, ignorieren Sie diese Nachricht.
mail-sign-in-action = Bei IPTF Hub anmelden
mail-open-organisation = Organisation öffnen
mail-admin-note = Notiz der Verwaltung: { $note }
mail-confirm-subject = Bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-body = Willkommen bei IPTF Hub. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:
mail-confirm-action = Meine Adresse bestätigen
mail-reset-subject = Passwort zurücksetzen
mail-reset-body = Jemand hat angefordert, das Passwort Ihres IPTF-Hub-Kontos zurückzusetzen. Um ein neues Passwort zu wählen, folgen Sie diesem Link:
mail-reset-action = Neues Passwort wählen
mail-change-email-subject = Bestätigen Sie Ihre neue E-Mail-Adresse
mail-change-email-body = Sie möchten diese Adresse für Ihr IPTF-Hub-Konto verwenden. Zur Bestätigung folgen Sie diesem Link:
mail-change-email-action = Neue Adresse bestätigen
mail-already-registered-subject = Sie haben bereits ein Konto
mail-already-registered-body = Jemand hat versucht, sich bei IPTF Hub mit Ihrer Adresse zu registrieren, für die bereits ein Konto besteht. Wenn Sie das waren, melden Sie sich an oder setzen Sie Ihr Passwort zurück. Andernfalls können Sie diese Nachricht ignorieren.
mail-password-changed-subject = Ihr Passwort wurde geändert
mail-password-changed-body = Das Passwort Ihres IPTF-Hub-Kontos wurde soeben geändert. Wenn Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück und wenden Sie sich an die Verwaltung.
mail-email-changed-subject = Ihre E-Mail-Adresse wurde geändert
mail-email-changed-body = Ihr IPTF-Hub-Konto verwendet jetzt eine andere E-Mail-Adresse. Wenn Sie das nicht waren, wenden Sie sich an die Verwaltung.
mail-account-approved-subject = Sie sind jetzt bestätigtes Mitglied
mail-account-approved-body = Die Verwaltung hat Ihr IPTF-Hub-Konto freigegeben.
mail-account-rejected-subject = Ihr Konto wurde geschlossen
mail-account-rejected-body = Die Verwaltung hat Ihr IPTF-Hub-Konto geschlossen.
mail-org-approved-subject = { $organisation } ist jetzt im Verzeichnis
mail-org-approved-body = Die Verwaltung hat { $organisation } freigegeben. Die Organisation erscheint jetzt im Verzeichnis des Hubs.
mail-org-rejected-subject = { $organisation } wurde nicht freigegeben
mail-org-rejected-body = Die Verwaltung hat { $organisation } nicht für das Verzeichnis freigegeben.
mail-join-request-subject = Beitrittsantrag für { $organisation }
mail-join-request-body = { $person } ({ $email }) möchte { $organisation } beitreten. Vergeben Sie eine Rolle, um anzunehmen, oder lehnen Sie den Antrag ab.
mail-join-request-action = Antrag prüfen
mail-join-request-message = Die Nachricht: „{ $message }“
mail-join-declined-subject = Ihre Beitrittsanfrage bei { $organisation }
mail-join-declined-body = Die Inhaber von { $organisation } haben Ihre Beitrittsanfrage abgelehnt. Im Verzeichnis finden Sie andere Organisationen, oder Sie legen Ihre eigene an.
mail-open-directory = Verzeichnis öffnen
mail-join-accepted-subject = Willkommen bei { $organisation }
mail-join-accepted-body = Ihr Antrag auf Beitritt zu { $organisation } wurde angenommen.
audit-organisation-deleted = Organisation gelöscht
audit-user-password-reset = Passwort zurückgesetzt
audit-job-retried = Auftrag erneut gestartet
error-last-owner-of = { $name } braucht mindestens einen Inhaber. Machen Sie zuerst ein anderes Mitglied zum Inhaber oder entfernen Sie die anderen Mitglieder.
error-out-of-range-days = Geben Sie eine Anzahl von Tagen zwischen 1 und { $limit } ein.
error-email-taken = Ein anderes Konto verwendet diese Adresse inzwischen.
mail-tokens-revoked = { $count ->
    [one] Ihr API-Token wurde widerrufen: Erstellen Sie auf Ihrer Kontoseite ein neues, falls Sie es noch brauchen.
   *[other] Ihre { $count } API-Tokens wurden widerrufen: Erstellen Sie auf Ihrer Kontoseite neue, falls Sie sie noch brauchen.
}
http-read-only-token-title = Token nur zum Lesen
http-read-only-token-detail = Dieses API-Token darf nur lesen. Erstellen Sie ein Token zum Lesen und Schreiben, um Änderungen vorzunehmen.
http-unavailable-title = Vorübergehend nicht verfügbar
http-unavailable-detail = Der Hub erreicht seine Datenbank gerade nicht. Bitte versuchen Sie es gleich noch einmal.
admin-jobs-dead = { $count ->
    [one] Ein Auftrag ohne weitere Versuche
   *[other] { $count } Aufträge ohne weitere Versuche
}
admin-job-state = Zustand
admin-job-dead = Keine Versuche mehr
admin-job-retry = Erneut versuchen
admin-job-retrying = Wird erneut versucht
flash-job-retried = Der Auftrag läuft in Kürze erneut.
token-scope-read = Nur lesen
token-scope-read-write = Lesen und schreiben
label-token-scope = Umfang
label-token-days = Läuft ab nach (Tagen)
hint-token-days = 1 bis { $count } Tage. Leer lassen für ein Token, das nicht abläuft.
tokens-expires = Läuft ab
tokens-never = Nie
confirm-link-title = E-Mail-Adresse bestätigen
confirm-link-intro = Drücken Sie die Schaltfläche, um zu bestätigen, dass diese Adresse Ihnen gehört.
confirm-link-submit = Meine Adresse bestätigen
email-link-title = Neue E-Mail-Adresse bestätigen
email-link-intro = Drücken Sie die Schaltfläche, um diese Adresse ab jetzt für Ihr Konto zu verwenden.
email-link-submit = Diese Adresse verwenden
cancel = Abbrechen
confirm-remove-title = { $name } entfernen?
confirm-remove-body = { $name } ist dann kein Mitglied von { $organisation } mehr und wird per E-Mail informiert.
confirm-decline-title = Die Anfrage von { $name } ablehnen?
confirm-decline-body = { $name } möchte { $organisation } beitreten. Die Person wird per E-Mail über die Ablehnung informiert.
confirm-leave-title = { $organisation } verlassen?
confirm-leave-body = Sie sind dann kein Mitglied von { $organisation } mehr. Um zurückzukehren, müssen Sie erneut anfragen.
confirm-reject-user-title = { $name } ablehnen?
confirm-reject-org-title = { $name } ablehnen?
confirm-reject-body = Der angegebene Grund wird der Person per E-Mail geschickt, mit dem Hinweis, wie sie antworten kann, und im Audit-Protokoll festgehalten.
confirm-reject-note = Grund
confirm-reject-hint = Zum Beispiel: „Wir konnten nicht prüfen, dass Sie für diese Organisation arbeiten; antworten Sie mit einem Link zu Ihrem Profil auf deren Website.“
mail-decision-reply = Für Fragen zu dieser Entscheidung oder um Fehlendes nachzureichen, antworten Sie auf diese Nachricht: Sie erreicht das Team des Hubs ({ $contact }).
mail-decision-reply-site = Für Fragen zu dieser Entscheidung schreiben Sie der Innovation Procurement Task Force über deren Website.
account-pending-next = Wie es weitergeht: Das Administrationsteam prüft, dass Sie zu einem öffentlichen Auftraggeber, einem Anbieter oder einer Mitgliedsinitiative gehören, meist innerhalb von zwei Arbeitstagen. Sie erhalten die Entscheidung per E-Mail. Bis dahin können Sie den Hub nutzen und eine Organisation anlegen oder ihr beitreten.
org-pending-next = Wie es weitergeht: Das Administrationsteam prüft die Organisation, meist innerhalb von zwei Arbeitstagen, und ihre Inhaber erhalten die Entscheidung per E-Mail. Bis dahin sehen sie nur ihre Mitglieder; Sie können ihr Profil schon vervollständigen.
org-withdraw = Organisation zurückziehen
org-delete = Organisation löschen
flash-org-deleted = Die Organisation wurde gelöscht.
confirm-org-withdraw-title = { $organisation } zurückziehen?
confirm-org-withdraw-body = { $organisation } wartet noch auf die Prüfung. Zurückziehen löscht sie mit ihren Mitgliedschaften; ihre Mitglieder werden per E-Mail informiert.
confirm-org-delete-title = { $organisation } löschen?
confirm-org-delete-body = { $organisation } verlässt das Verzeichnis endgültig, mit ihren Mitgliedschaften; ihre Mitglieder werden per E-Mail informiert. Das Audit-Protokoll behält einen Eintrag.
org-rejected-next = Diese Organisation wurde nicht freigegeben; die erhaltene E-Mail nennt den Grund. Korrigieren Sie ihr Profil und speichern Sie es, um sie erneut einzureichen.
mail-org-deleted-subject = { $organisation } wurde gelöscht
mail-org-deleted-body = { $person } hat { $organisation } aus dem IPTF Hub gelöscht. Sie sind nicht mehr Mitglied.

## Invitations
error-already-in-organisation = Diese Person ist bereits Mitglied von { $name }.
error-invitation-other-address = Diese Einladung wurde an { $name } gesendet. Melden Sie sich mit dieser Adresse an, um sie anzunehmen.
error-invitation-has-account = Für diese Adresse gibt es bereits ein Konto: Melden Sie sich an, um die Einladung anzunehmen.
error-invitation-not-open = Diese Einladung wurde bereits verwendet, zurückgezogen oder ist abgelaufen.
flash-invitation-sent = Die Einladung wurde versendet.
flash-invitation-cancelled = Die Einladung wurde zurückgezogen; ihr Link funktioniert nicht mehr.
flash-invitation-accepted = Willkommen! Sie sind jetzt Mitglied.
invite-title = Kolleginnen und Kollegen einladen
invite-intro = Sie erhalten eine E-Mail mit einem Link, um { $organisation } beizutreten, auch ohne Konto. Der Link ist 14 Tage gültig.
label-invite-email = Ihre E-Mail-Adresse
label-invite-message = Nachricht (freiwillig)
hint-invite-role = Inhaber verwalten die Mitglieder; Bearbeiter können das Profil ändern; Mitglieder werden aufgeführt.
hint-invite-message = Ein paar Worte zur Einladung, höchstens 1.000 Zeichen.
invite-submit = Einladung senden
invitations-open = Noch nicht angenommene Einladungen
invitations-sent = Gesendet
invitations-valid-until = Gültig bis
invitation-expired-short = Abgelaufen
invitation-resend = Erneut senden
invitation-cancel = Zurückziehen
invitation-sent-by = von { $person }, { $date }
invitation-title = Einladung zu { $organisation }
invitation-intro = { $person } lädt Sie ({ $email }) ein, { $organisation } im IPTF Hub als { $role } beizutreten.
invitation-org-pending = { $organisation } wird noch von der Task Force geprüft; Sie können schon beitreten und werden benachrichtigt, sobald sie veröffentlicht ist.
invitation-accept = Annehmen und beitreten
invitation-decline = Einladung ablehnen
invitation-register = Legen Sie Ihr Konto an, um beizutreten: Ihre Adresse { $email } ist durch diesen Link bestätigt.
invitation-register-submit = Konto anlegen und beitreten
invitation-sign-in = Für diese Adresse gibt es bereits ein Konto: Melden Sie sich an, um anzunehmen.
invitation-sign-in-link = Anmelden und Einladung annehmen
invitation-other-account = Diese Einladung gilt für { $email }, Sie sind aber als { $current } angemeldet. Melden Sie sich ab und mit { $email } an, um sie anzunehmen, oder bitten Sie um eine Einladung an { $current }.
invitation-used-title = Einladung bereits angenommen
invitation-used-body = Diese Einladung zu { $organisation } wurde bereits verwendet. Melden Sie sich an, um fortzufahren.
invitation-expired-title = Einladung abgelaufen
invitation-expired-body = Diese Einladung zu { $organisation } ist abgelaufen oder wurde zurückgezogen. Bitten Sie { $person } um eine neue.
invitation-invalid-title = Unbekannte Einladung
invitation-invalid-body = Dieser Einladungslink ist ungültig. Prüfen Sie, ob der ganze Link aus der E-Mail kopiert wurde.
invitation-declined-title = Einladung abgelehnt
invitation-declined-body = Sie haben die Einladung zu { $organisation } abgelehnt. Sie erhalten dazu nichts mehr.
mail-invitation-subject = { $person } lädt Sie ein, { $organisation } im IPTF Hub beizutreten
mail-invitation-body = { $person } ({ $email }) lädt Sie ein, { $organisation } im IPTF Hub, der Plattform der Innovation Procurement Task Force, als { $role } beizutreten.
mail-invitation-message = Ihre Nachricht: „{ $message }“
mail-invitation-pending = { $organisation } wird noch von der Task Force geprüft; Sie können schon beitreten.
mail-invitation-expiry = { $count ->
    [one] Der Link funktioniert einmal und läuft in einem Tag ab.
   *[other] Der Link funktioniert einmal und läuft in { $count } Tagen ab.
}
mail-invitation-ignore = Wenn Sie diese Person nicht kennen, ignorieren Sie diese E-Mail; eine Antwort erreicht sie.
mail-invitation-action = Einladung ansehen
mail-invitation-accepted-subject = { $person } ist { $organisation } beigetreten
mail-invitation-accepted-body = { $person } hat Ihre Einladung angenommen und ist jetzt Mitglied von { $organisation }.
mail-join-request-action-members = Mitglieder ansehen
audit-invitation-sent = Einladung gesendet
audit-invitation-cancelled = Einladung zurückgezogen
audit-invitation-accepted = Einladung angenommen
audit-invitation-declined = Einladung abgelehnt
audit-review-information-requested = Weitere Angaben erbeten

## One review of a newcomer and their organisation
review-intro = Jede Karte ist eine Entscheidung: Wer eine Organisation freigibt, gibt auch die Konten der Personen frei, die mit ihr gekommen sind. Personen ohne Organisation warten unter „Personen“.
review-people = Personen
review-submitter = Hat sie eingereicht
review-registered = registriert am { $date }
review-duplicates = Mögliche Dubletten
review-no-duplicates = Keine nach Name oder Domain gefunden.
review-duplicate-name = gleicher Name
review-duplicate-domain = gleiche Domain
review-asked = Weitere Angaben erbeten am { $date } von { $person }: „{ $message }“
review-approve-all = Organisation und Personen freigeben
review-ask = Weitere Angaben erbitten
confirm-reject-close-accounts = Auch die wartenden Konten der Personen schließen, die mit ihr gekommen sind (Spam). Sonst können sie die Organisation korrigieren und erneut einreichen.
ask-title = Weitere Angaben von { $organisation } erbitten
ask-intro = Ihre Nachricht geht per E-Mail an die Inhaber der Organisation; ihre Antworten erreichen das Postfach der Task Force. Die Organisation bleibt in der Warteschlange.
label-ask-message = Ihre Frage
hint-ask-message = Zum Beispiel: „Bitte nennen Sie die Website Ihrer Organisation und Ihre Funktion dort.“ Höchstens 2.000 Zeichen.
ask-submit = Frage senden
flash-information-asked = Ihre Frage wurde an die Inhaber gesendet.
error-not-pending = Diese Organisation wartet nicht mehr auf Prüfung.
mail-ask-subject = { $organisation }: Die Task Force braucht weitere Angaben
mail-ask-body = Danke, dass Sie { $organisation } im IPTF Hub registriert haben. Vor ihrer Entscheidung braucht die Task Force weitere Angaben:
mail-ask-message = „{ $message }“
mail-ask-reply = Antworten Sie auf diese E-Mail oder korrigieren Sie das Profil der Organisation im Hub; sie bleibt solange in der Warteschlange.
mail-ask-action = Organisation bearbeiten
org-information-asked = Die Task Force hat am { $date } um weitere Angaben gebeten: „{ $message }“ Antworten Sie auf ihre E-Mail oder korrigieren Sie das Profil.

## What companies sell (CPV)
label-cpv = Was sie anbietet (CPV)
hint-cpv = Unternehmen: die Abteilungen und Gruppen des Gemeinsamen Vokabulars für öffentliche Aufträge, die Auftraggeber in ihren Bekanntmachungen verwenden, höchstens 20. Öffnen Sie eine Abteilung, um ihre Gruppen zu wählen.
label-cpv-filter = Bietet an (CPV-Abteilung)
tree-all-of = Alles aus „{ $name }“
nuts-search = Regionen durchsuchen
nav-menu = Menü
invitation-message-from = { $person } schreibt:

## Member initiatives
nav-initiatives = Initiativen
initiatives-title = Mitgliedsinitiativen
initiatives-intro = Die EU-geförderten Projekte und Partnerschaften, die die Task Force bilden, ihre Themen und ihre Reichweite.
initiatives-filter-label = Initiativen filtern
initiatives-search = Kürzel oder Name
initiatives-found = { $count ->
    [0] Keine Initiative gefunden.
    [one] Eine Initiative gefunden.
   *[other] { $count } Initiativen gefunden.
}
reach-title = Gemeinsam erreichen sie
initiative-reach = Ihre Netzwerke
reach-unknown = Noch nicht angegeben.
reach-newsletter = { $count ->
    [one] ein Newsletter-Abonnement
   *[other] { $n } Newsletter-Abonnements
}
reach-social = { $count ->
    [one] ein Follower in sozialen Medien
   *[other] { $n } Follower in sozialen Medien
}
reach-partners = { $count ->
    [one] ein Partner
   *[other] { $n } Partner
}
label-initiative-status = Status
initiative-status-founding = Gründungsmitglied
initiative-status-member = Mitglied
initiative-status-former = Ehemaliges Mitglied
label-topic = Thema
label-topics = Themen des Schulungsprogramms
topic-guiding-principles = Leitprinzipien
topic-legal-procedures = Rechtskenntnisse und Verfahren
topic-market-consultation = Vorherige Marktkonsultation
topic-pcp = Vorkommerzielle Auftragsvergabe (PCP)
topic-competitive-dialogue = Wettbewerblicher Dialog
topic-negotiation = Verhandlungsverfahren mit Teilnahmewettbewerb
topic-innovation-partnership = Innovationspartnerschaft
topic-legal-questions = Rechtsfragen
topic-risk-assessment = Risikobewertung
initiative-edit = Seite bearbeiten
initiative-about = Über die Initiative
label-programme = EU-Förderprogramm
label-period = Laufzeit
label-contact = Kontakt
initiative-history = Änderungsverlauf
initiative-editors = Bearbeiter
back-to-initiatives = Alle Mitgliedsinitiativen
back-to-initiative = Zurück zur Initiative
label-acronym = Kürzel
label-initiative-name = Vollständiger Name
label-summary = Kurzbeschreibung
hint-summary = Zwei oder drei Sätze, höchstens 500 Zeichen.
hint-markdown = Markdown: **fett**, *kursiv*, [Links](https://…), Listen und Überschriften (## …).
hint-focus-areas = Einer pro Zeile, höchstens 12.
label-starts-on = Beginn
label-ends-on = Ende
label-contact-name = Ansprechperson
label-contact-email = Kontakt-E-Mail-Adresse
label-reach-newsletter = Newsletter-Abonnements
label-reach-social = Follower in sozialen Medien
label-reach-partners = Partner
hint-reach = Ganze Zahlen; leer lassen, wenn unbekannt.
initiative-create = Initiative hinzufügen
initiative-new-title = Mitgliedsinitiative hinzufügen
initiative-edit-title = { $acronym } bearbeiten
initiative-history-title = Verlauf von { $acronym }
initiative-first-version = Erste Fassung
initiative-no-change = Ohne Änderungen gespeichert
history-by = Von
history-changed = Geändert
initiative-field-acronym = Kürzel
initiative-field-name = Name
initiative-field-summary = Kurzbeschreibung
initiative-field-description = Beschreibung
initiative-field-focus-areas = Schwerpunkte
initiative-field-sectors = Sektoren
initiative-field-topics = Themen
initiative-field-countries = Länder
initiative-field-programme = Programm
initiative-field-starts-on = Beginn
initiative-field-ends-on = Ende
initiative-field-website = Website
initiative-field-contact-name = Ansprechperson
initiative-field-contact-email = Kontaktadresse
initiative-field-status = Status
initiative-field-reach = Reichweite
initiative-editors-title = Bearbeiter von { $acronym }
initiative-editors-intro = Bearbeiter halten die Seite der Initiative aktuell und können weitere Bearbeiter benennen. Administratoren können sie immer bearbeiten.
initiative-no-editors = Noch keine Bearbeiter.
editor-added-by = Benannt von
editor-remove = Entfernen
editor-add = Bearbeiter benennen
label-editor-email = E-Mail-Adresse ihres Kontos
hint-editor-email = Die Person braucht ein Konto im Hub.
flash-editor-added = Der Bearbeiter wurde benannt und per E-Mail informiert.
flash-editor-removed = Der Bearbeiter wurde entfernt.
error-acronym-taken = { $name } ist bereits das Kürzel einer Mitgliedsinitiative.
error-invalid-acronym = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und - & + .
error-no-account = Mit { $name } gibt es noch kein Konto.
error-already-editor = { $name } ist bereits Bearbeiter.
error-not-a-number = Geben Sie eine ganze Zahl ein, etwa 12500.
error-out-of-range = Geben Sie eine Zahl zwischen 0 und { $limit } ein.
mail-editor-added-subject = Sie können { $initiative } jetzt im IPTF Hub bearbeiten
mail-editor-added-body = { $person } hat Sie als Bearbeiter von { $initiative } benannt: Sie können die Seite aktuell halten und weitere Bearbeiter benennen.
mail-editor-added-action = Seite bearbeiten
audit-initiative-created = Initiative hinzugefügt
audit-initiative-updated = Initiative bearbeitet
audit-initiative-editor-added = Bearbeiter einer Initiative benannt
audit-initiative-editor-removed = Bearbeiter einer Initiative entfernt

## People
nav-people = Personen
people-title = Personen
people-intro = Auftraggeber, Anbieter, Fachleute und Teams der Mitgliedsinitiativen, die ein öffentliches Profil zeigen. Jede Person entscheidet, was es zeigt.
people-filter-label = Personen filtern
people-search = Name
label-language = Sprache
label-languages = Gesprochene Sprachen
label-expertise = Fachgebiete
label-sort = Reihenfolge
sort-name = Nach Name
sort-recent = Zuletzt aktualisiert zuerst
back-to-people = Alle Personen
profile-title = Ihr öffentliches Profil
profile-intro = Nichts über Sie ist öffentlich, bis Sie es so wollen, und dann nur, was Sie ankreuzen, Feld für Feld. Kreuz entfernen oder Profil zurückziehen geht jederzeit: Es verschwindet sofort.
profile-public = Öffentliches Profil
profile-public-yes = Ein öffentliches Profil mit meinem Namen zeigen
hint-profile-public = Ohne dies stehen Sie nicht im Personenverzeichnis, und nichts von unten wird gezeigt.
profile-visibility = Sichtbar?
profile-show = Dies in meinem öffentlichen Profil zeigen
profile-see-public = Ihr öffentliches Profil ansehen
label-organisation = Organisation
label-role-title = Ihre Funktion
label-bio = Ein paar Worte über Sie
hint-bio = Höchstens 1.000 Zeichen.
label-eic = Europäischer Innovationsrat
label-eic-yes = Vom EIC gefördert (Accelerator, Pathfinder oder Transition)
label-eic-filter = EIC-Förderung
eic-only = Nur vom EIC geförderte Unternehmen
sort-newest = Neueste zuerst
tree-search = Angebot durchsuchen

## Logos und Fotos
error-image-empty = Wählen Sie eine Bilddatei.
error-image-too-large = Die Datei ist größer als 2 MB. Wählen Sie ein kleineres Bild.
error-image-format = Diese Datei ist kein PNG-, JPEG- oder WebP-Bild. Wählen Sie eines dieser Formate.
error-image-too-big = Das Bild ist größer als 2000 × 2000 Pixel. Wählen Sie ein kleineres Bild.
error-image-unreadable = Dieses Bild ist beschädigt und kann nicht gelesen werden. Speichern Sie es neu und wählen Sie es noch einmal.
hint-image = PNG, JPEG oder WebP, höchstens 2 MB und 2000 × 2000 Pixel. Wir behalten nur die Pixel: Die Datei wird dekodiert und neu gespeichert.
image-current = Das aktuelle Bild
image-upload = Hochladen
label-logo = Logo
logo-remove = Logo entfernen
logo-of = Logo von { $name }
initiative-logo-title = Logo von { $acronym }
initiative-logo-intro = Das Logo erscheint auf der Seite der Initiative und in der Liste der Mitglieder.
initiative-change-logo = Logo ändern
label-photo = Foto
photo-title = Ihr Foto
photo-intro = Ihr Foto erscheint in Ihrem öffentlichen Profil, falls Sie eines haben. Entfernen Sie es jederzeit: Es verschwindet sofort.
photo-remove = Mein Foto entfernen
photo-of = Foto von { $name }
profile-change-photo = Foto hinzufügen oder ändern

## Der Taskforce beitreten
join-title = Beitritt zur Taskforce beantragen
join-intro = EU-finanzierte Projekte und Partnerschaften, die die öffentliche Beschaffung von Innovationen fördern, können der Innovation Procurement Task Force als Mitgliedsinitiativen beitreten.
join-steps = Sagen Sie uns, wer Sie sind, warum Sie beitreten möchten und was Sie einbringen. Die Redakteure der Mitgliedsinitiativen lesen Ihren Antrag, kommentieren und unterstützen ihn; eine Administratorin oder ein Administrator nimmt ihn dann mit Begründung an oder lehnt ihn ab. Wir schreiben Ihnen bei jedem Schritt, und Sie können ihn auf seiner Seite verfolgen.
join-sign-in = Melden Sie sich an oder legen Sie ein Konto an, um den Antrag zu stellen: Sie werden die erste Redakteurin oder der erste Redakteur der Seite Ihrer Initiative.
initiatives-join = Beitritt beantragen
applications-title = Beitrittsanträge
applications-intro-members = Anträge von Initiativen, die beitreten möchten. Als Redakteur einer Mitgliedsinitiative können Sie sie kommentieren und unterstützen.
applications-intro-own = Ihre Anträge auf Beitritt zur Taskforce und ihr Stand.
applications-none = Es gibt noch keine Anträge.
label-application-summary = Wer Sie sind
label-motivation = Warum Sie beitreten möchten
hint-motivation = Was Sie von der Taskforce erwarten, in einigen Sätzen.
label-contribution = Was Sie einbringen
hint-contribution = Fachwissen, Netzwerke, Veranstaltungen, Ressourcen, die Sie mit den anderen Mitgliedern teilen würden.
application-submit = Antrag senden
application-status-submitted = Eingereicht
application-status-in-review = In Prüfung
application-status-accepted = Angenommen
application-status-declined = Abgelehnt
application-status-withdrawn = Zurückgezogen
application-applicant = Antragsteller
application-filed = Gesendet am
application-status = Stand
application-endorsements = Unterstützungen
application-title = Antrag von { $acronym }
application-filed-by = Gesendet von { $name }
application-endorsed-by = { $count ->
    [0] Noch kein Mitglied unterstützt ihn.
    [one] Ein Mitglied unterstützt ihn.
   *[other] { $n } Mitglieder unterstützen ihn.
}
application-decision = Entscheidung
application-see-initiative = Seite von { $acronym } ansehen
application-who = Wer sie sind
application-letter = Ihr Schreiben
application-notes = Kommentare der Mitglieder
application-no-notes = Noch keine Kommentare.
application-endorses = Unterstützt
application-you-endorse = Sie unterstützen diesen Antrag.
application-add-note = Kommentieren oder unterstützen
application-decide = Entscheiden
application-withdraw = Antrag zurückziehen
label-note = Kommentar
hint-note = Die Redakteure der anderen Mitglieder und die Administratoren lesen ihn; der Antragsteller nicht.
label-endorse = Unterstützung
endorse-as = Wir unterstützen diesen Antrag ({ $initiatives })
note-submit = Senden
label-decision = Entscheidung
decision-accept-application = Annehmen: Die Initiative wird Mitglied
decision-decline-application = Ablehnen
label-reason = Begründung
hint-decision-reason = Der Antragsteller liest sie in der E-Mail, die ihm die Entscheidung mitteilt.
decision-submit = Entscheidung senden
flash-application-sent = Ihr Antrag wurde gesendet. Wir haben Ihnen geschrieben; Sie können ihn hier verfolgen.
flash-application-decided = Die Entscheidung wurde gespeichert und dem Antragsteller mitgeteilt.
flash-application-withdrawn = Der Antrag wurde zurückgezogen.
error-application-open = { $name } hat bereits einen Antrag gestellt; er wird geprüft.
error-too-many-applications = Sie haben bereits { $limit } offene Anträge. Warten Sie eine Entscheidung ab, bevor Sie einen weiteren senden.
error-application-closed = Über diesen Antrag wurde bereits entschieden, oder er wurde zurückgezogen.
error-already-endorsed = Sie unterstützen diesen Antrag bereits.
mail-application-received-subject = Wir haben den Antrag von { $acronym } erhalten
mail-application-received-body = Vielen Dank für Ihren Antrag, mit { $acronym } der Innovation Procurement Task Force beizutreten. Die Redakteure der Mitgliedsinitiativen werden ihn lesen; wir schreiben Ihnen, wenn er geprüft wird und wenn entschieden ist.
mail-application-in-review-subject = Der Antrag von { $acronym } wird geprüft
mail-application-in-review-body = Mitglieder der Taskforce haben begonnen, den Antrag von { $acronym } zu prüfen.
mail-application-accepted-subject = Willkommen in der Taskforce, { $acronym }
mail-application-accepted-body = Der Antrag von { $acronym } wurde angenommen: Sie ist jetzt eine Mitgliedsinitiative, und Sie sind Redakteur ihrer Seite. Die Administration schrieb:
mail-application-accepted-action = Ihre Seite vervollständigen
mail-application-declined-subject = Der Antrag von { $acronym } wurde abgelehnt
mail-application-declined-body = Der Antrag von { $acronym } wurde abgelehnt. Die Administration schrieb:
mail-application-new-subject = Neuer Beitrittsantrag: { $acronym }
mail-application-new-body = { $person } hat mit { $acronym } den Beitritt zur Taskforce beantragt.
mail-application-action = Antrag ansehen
audit-application-submitted = Antrag gesendet
audit-application-accepted = Antrag angenommen
audit-application-declined = Antrag abgelehnt
audit-application-withdrawn = Antrag zurückgezogen

## Arbeitsgruppen
nav-groups = Arbeitsgruppen
groups-title = Arbeitsgruppen
groups-intro = Praxisgemeinschaften, in denen Auftraggeber, Anbieter und Initiativen an einer gemeinsamen Frage arbeiten, etwa Beschaffung im Gesundheitswesen oder kreislauffähiges Bauen.
groups-none = Es gibt noch keine Arbeitsgruppen.
group-new-title = Arbeitsgruppe gründen
group-create = Gruppe gründen
group-open = Offene Gruppe
group-closed = Geschlossene Gruppe
group-open-choice = Offen: Alle Angemeldeten können beitreten
group-closed-choice = Geschlossen: Die Leitung nimmt Beitrittsanfragen an, und nur Mitglieder lesen die Diskussionen
label-group-name = Name der Gruppe
label-group-membership = Mitgliedschaft
label-roadmap = Fahrplan
hint-roadmap = Was die Gruppe vorhat, und bis wann. Sie können Markdown verwenden.
group-edit-title = { $name } bearbeiten
group-edit = Gruppe bearbeiten
group-member-count = { $count ->
    [one] Ein Mitglied
   *[other] { $n } Mitglieder
}
group-thread-count = { $count ->
    [0] noch keine Diskussion
    [one] eine Diskussion
   *[other] { $n } Diskussionen
}
group-led-by = geleitet von { $names }
thread-start = Diskussion beginnen
group-members = Mitglieder
group-leave = Gruppe verlassen
group-request-waiting = Sie haben um Aufnahme gebeten; die Leitung der Gruppe wird antworten.
group-request-withdraw = Anfrage zurückziehen
group-join = Gruppe beitreten
group-request = Um Aufnahme bitten
group-sign-in-to-join = Melden Sie sich an, um der Gruppe beizutreten
group-about = Über die Gruppe
group-no-roadmap = Die Gruppe hat ihren Fahrplan noch nicht geschrieben.
group-threads = Diskussionen
group-no-threads = Noch keine Diskussion.
thread-reply-count = { $count ->
    [0] keine Antwort
    [one] eine Antwort
   *[other] { $n } Antworten
}
group-closed-threads = Die Diskussionen dieser geschlossenen Gruppe sind ihren Mitgliedern vorbehalten.
group-mail-title = E-Mails dieser Gruppe
group-mail-legend = E-Mail senden
group-mail-all = bei neuen Diskussionen und Antworten in Diskussionen, denen ich folge
group-mail-none = nie (ich lese die Gruppe hier)
thread-follow = Dieser Diskussion folgen
thread-unfollow = Nicht mehr folgen
thread-following-hint = Sie folgen dieser Diskussion: Antworten erreichen Sie per E-Mail, wenn Sie E-Mails dieser Gruppe gewählt haben.
thread-not-following-hint = Folgen Sie dieser Diskussion, um ihre Antworten per E-Mail zu erhalten.
label-reply = Antworten
back-to-group = Zurück zu { $name }
group-members-title = Mitglieder von { $name }
group-requests = Beitrittsanfragen
group-no-requests = Niemand wartet.
group-accept = { $name } aufnehmen
group-decline = { $name } ablehnen
group-since = Seit
group-actions = Aktionen
group-role-leader = Leitung
group-role-member = Mitglied
group-make-member = { $name } zum Mitglied machen
group-make-leader = { $name } zur Leitung machen
group-remove = { $name } entfernen
group-back = Zurück zur Gruppe
label-thread-title = Titel
label-post = Nachricht
thread-new-title = Neue Diskussion in { $name }
reply-send = Antwort senden
former-member = ehemaliges Mitglied
error-group-name-taken = Eine Gruppe heißt bereits { $name }.
error-last-leader = Eine Gruppe braucht eine Leitung: Ernennen Sie zuerst eine andere Person.
error-already-group-member = Diese Person ist bereits Mitglied.
error-not-member = Diese Person ist kein Mitglied der Gruppe.
flash-group-joined = Sie sind Mitglied der Gruppe.
flash-group-requested = Ihre Anfrage wurde an die Leitung der Gruppe gesendet.
flash-group-left = Sie sind nicht mehr Mitglied der Gruppe.
flash-reply-posted = Ihre Antwort wurde veröffentlicht.
flash-thread-followed = Sie folgen dieser Diskussion.
flash-thread-unfollowed = Sie folgen dieser Diskussion nicht mehr.
mail-group-request-subject = Jemand möchte { $group } beitreten
mail-group-request-body = Eine Person möchte { $group } beitreten, die Sie leiten. Nehmen Sie die Anfrage auf der Mitgliederseite an oder lehnen Sie sie ab.
mail-group-accepted-subject = Sie sind Mitglied von { $group }
mail-group-accepted-body = Die Leitung von { $group } hat Ihre Anfrage angenommen: Sie können jetzt ihre Diskussionen lesen und mitdiskutieren.
mail-group-declined-subject = Ihre Beitrittsanfrage für { $group }
mail-group-declined-body = Die Leitung von { $group } hat Ihre Beitrittsanfrage abgelehnt.
mail-group-action = Gruppe öffnen
mail-group-thread-subject = [{ $group }] { $title }
mail-group-thread-body = { $person } hat in { $group } eine Diskussion begonnen:
mail-group-reply-subject = Re: [{ $group }] { $title }
mail-group-reply-body = { $person } hat in „{ $title }“ geantwortet:
mail-group-why = Sie erhalten diese E-Mail, weil Sie Mitglied der Gruppe sind und ihre E-Mails gewählt haben. Sie können das auf der Seite der Gruppe ändern.
mail-group-open-thread = Diskussion öffnen

## Folgen und Übersicht
nav-dashboard = Übersicht
follow-name = { $name } folgen
unfollow-name = { $name } nicht mehr folgen
flash-followed = Sie folgen jetzt: Neuigkeiten erscheinen in Ihrer Übersicht.
flash-unfollowed = Sie folgen nicht mehr.
follow-kind-initiative = Initiative
follow-kind-organisation = Organisation
follow-kind-group = Arbeitsgruppe
follow-gone = (nicht mehr im Hub)
dashboard-title = Ihre Übersicht
dashboard-intro = Was zuletzt in den Initiativen, Organisationen, Arbeitsgruppen und Themen geschah, denen Sie folgen, das Neueste zuerst.
dashboard-activity = Letzte Aktivitäten
dashboard-empty = Noch nichts. Folgen Sie Initiativen, Organisationen, Arbeitsgruppen oder Themen, um hier ihre Neuigkeiten zu sehen.
dashboard-following = Sie folgen
dashboard-follow-hint = Nutzen Sie die Schaltfläche „Folgen“ auf der Seite einer Initiative, einer Organisation oder einer Arbeitsgruppe.
dashboard-topics = Themen, denen Sie folgen
hint-dashboard-topics = Neuigkeiten zu diesen Themen erscheinen in Ihrer Übersicht, wer auch immer sie veröffentlicht.
activity-initiative-updated = { $person } hat die Seite aktualisiert:
activity-initiative-joined = Eine neue Mitgliedsinitiative ist der Taskforce beigetreten:
activity-organisation-approved = Eine neue Organisation ist im Verzeichnis:
activity-organisation-updated = { $person } hat das Profil aktualisiert:
activity-group-created = { $person } hat die Arbeitsgruppe gegründet:
activity-thread-started = { $person } hat eine Diskussion begonnen:
activity-reply-posted = { $person } hat geantwortet in:
activity-unknown = Etwas hat sich geändert:

## Nachrichten und Blockieren
nav-messages = Nachrichten
messages-title = Nachrichten
messages-intro = Ihre privaten Unterhaltungen. Niemand sieht Ihre E-Mail-Adresse: Man schreibt Ihnen hier, und wir senden Ihnen nur einen Link.
messages-none = Noch keine Unterhaltung. Schreiben Sie jemandem über sein öffentliches Profil oder einer Organisation über ihre Seite.
messages-unread = neu
messages-with = Mit { $name }
messages-with-organisation = { $name } (ihre Ansprechpersonen)
messages-safety = Sicherheit
message-write = Nachricht senden
message-write-organisation = Diese Organisation kontaktieren
message-new-title = An { $name } schreiben
message-new-intro = Ihre E-Mail-Adresse bleibt privat. Die Empfänger erhalten eine E-Mail mit einem Link zur Unterhaltung, nicht Ihren Text.
label-subject = Betreff
label-message = Nachricht
hint-message = Höchstens 5.000 Zeichen.
message-send = Senden
flash-message-sent = Ihre Nachricht wurde gesendet.
error-cannot-message = Sie können dieser Person nicht schreiben.
error-cannot-block-self = Sie können sich nicht selbst blockieren.
blocks-title = Blockierte Personen
blocks-intro = Personen, die Sie blockiert haben, können Ihnen nicht mehr schreiben. Sie werden nicht benachrichtigt.
blocks-none = Sie haben niemanden blockiert.
block-name = { $name } blockieren
unblock-name = { $name } nicht mehr blockieren
flash-blocked = Blockiert: Diese Person kann Ihnen nicht mehr schreiben.
flash-unblocked = Nicht mehr blockiert.
mail-message-subject = { $person } hat Ihnen im IPTF Hub eine Nachricht gesendet
mail-message-body = { $person } hat Ihnen geschrieben. Lesen Sie die Nachricht und antworten Sie im Hub.
mail-message-why = Wir senden nur eine E-Mail, bis Sie die Unterhaltung gelesen haben; die Nachricht selbst bleibt im Hub.
mail-message-action = Nachricht lesen

## Meldungen und Moderation
nav-moderation = Moderation
report-link = Melden
report-page = Diese Seite melden
report-profile = Dieses Profil melden
report-conversation = Diese Unterhaltung melden
report-title = Meldung: { $name }
report-intro = Sagen Sie der Moderation, was nicht stimmt. Melden drei Personen dasselbe, wird es verborgen, bis die Moderation es prüft.
report-kind-profile = Das öffentliche Profil einer Person
report-kind-group = Die Seite einer Arbeitsgruppe
report-kind-thread = Eine Diskussion
report-kind-reply = Eine Antwort
report-kind-conversation = Eine Unterhaltung
report-reply-in = Eine Antwort in „{ $title }“
label-report-reason = Was nicht stimmt
hint-report-reason = Zum Beispiel: Spam, Beleidigungen, personenbezogene Daten, Werbung. Die gemeldete Person sieht nicht, wer sie gemeldet hat.
report-submit = Meldung senden
flash-reported = Danke: Die Moderation wird es prüfen.
error-already-reported = Sie haben dies bereits gemeldet.
error-report-own = Sie können Ihre eigenen Inhalte nicht melden.
moderation-hidden = Verborgen, während die Moderation Meldungen dazu prüft.
moderation-removed = Von der Moderation entfernt.
moderation-gone = (nicht mehr im Hub)
moderation-title = Moderation
moderation-intro = Was gemeldet wurde, das am häufigsten Gemeldete zuerst. Von drei Personen Gemeldetes ist verborgen, bis Sie entscheiden. Die Person liest Ihre Begründung.
moderation-empty = Nichts wartet auf eine Entscheidung.
moderation-about = Betrifft { $name }
moderation-reports = { $count ->
    [one] Eine Meldung
   *[other] { $n } Meldungen
}
moderation-decide-on = Über { $name } entscheiden
moderation-decide-title = Über { $name } entscheiden
label-moderation-action = Entscheidung
moderation-action-restore = Wiederherstellen: Die Meldungen waren unbegründet
moderation-action-remove = Inhalt entfernen
moderation-action-warn = Die Person verwarnen (der Inhalt bleibt, wie er ist)
moderation-action-suspend = Die Person sperren
hint-moderation-reason = Die Person liest sie in der E-Mail, die ihr Ihre Entscheidung mitteilt; sie wird im Prüfprotokoll festgehalten.
label-suspend-days = Tage der Sperre
hint-suspend-days = Nur für eine Sperre: 1 bis 365 Tage.
flash-moderation-decided = Die Entscheidung wurde gespeichert und der Person mitgeteilt.
error-already-decided = Die Moderation hat hierüber bereits entschieden.
error-no-author = Keine Person, gegen die vorgegangen werden kann: Ihr Konto existiert nicht mehr.
moderators-title = Moderation
moderators-intro = Moderatorinnen und Moderatoren prüfen gemeldete Inhalte: Sie stellen sie wieder her, entfernen sie, verwarnen oder sperren die Person. Administratoren moderieren ebenfalls.
moderators-none = Es gibt noch keine Moderatoren.
label-moderator-email = E-Mail-Adresse des Kontos der Person
moderator-add = Moderator ernennen
moderator-remove = { $name } aus der Moderation entfernen
sign-in-suspended = Ihr Konto ist bis { $date } gesperrt. Wir haben Ihnen den Grund geschrieben.
mail-moderation-restored-subject = Ihr Inhalt ist wieder sichtbar
mail-moderation-restored-body = { $what } von Ihnen wurde gemeldet; die Moderation hat es geprüft und wiederhergestellt. Die Moderation schrieb:
mail-moderation-removed-subject = Die Moderation hat Ihren Inhalt entfernt
mail-moderation-removed-body = { $what } von Ihnen wurde gemeldet, und die Moderation hat es entfernt. Die Moderation schrieb:
mail-moderation-warned-subject = Eine Verwarnung der Moderation
mail-moderation-warned-body = { $what } von Ihnen wurde gemeldet. Die Moderation bittet Sie, die Regeln des Hubs zu beachten:
mail-moderation-suspended-subject = Ihr Konto ist gesperrt
mail-moderation-suspended-body = { $what } von Ihnen wurde gemeldet, und die Moderation hat Ihr Konto gesperrt. Die Moderation schrieb:
mail-moderation-until = Sie können sich nach dem { $date } wieder anmelden. Sie können auf diese E-Mail antworten.
audit-moderation-hidden = Inhalt verborgen (drei Meldungen)
audit-moderation-restored = Inhalt wiederhergestellt
audit-moderation-removed = Inhalt entfernt
audit-moderation-warned = Person verwarnt
audit-moderation-suspended = Konto gesperrt
audit-moderator-named = Moderator ernannt
audit-moderator-removed = Moderator entfernt

## Ressourcen
nav-resources = Ressourcen
resources-title = Ressourcen
resources-intro = Leitfäden, Fallstudien, Vorlagen, Aufzeichnungen und mehr, veröffentlicht von den Mitgliedsinitiativen und von Organisationen des Hubs.
resources-filter-label = Ressourcen filtern
resources-search = Wörter des Titels
resources-found = { $count ->
    [0] Keine Ressource gefunden
    [one] Eine Ressource gefunden
   *[other] { $n } Ressourcen gefunden
}
resource-new-title = Ressource veröffentlichen
resource-edit-title = { $title } bearbeiten
resource-edit = Bearbeiten
resource-published-on = veröffentlicht am { $date }
resource-open-link = Ressource öffnen
resource-tags = Betrifft auch
resource-state-title = Veröffentlichung
resource-state-draft = Entwurf
resource-state-published = Veröffentlicht
resource-state-archived = Archiviert
resource-to-draft = Zurück zum Entwurf
resource-to-published = Veröffentlichen
resource-to-archived = Archivieren
flash-resource-saved = Die Ressource wurde gespeichert.
flash-resource-published = Die Ressource ist veröffentlicht.
flash-resource-archived = Die Ressource ist archiviert: Sie erscheint nicht mehr in der Bibliothek.
label-resource-kind = Art
label-publisher = Veröffentlicht von
label-resource-body = Text
hint-resource-body = Markdown. Leer lassen, wenn die Ressource ein Link ist.
label-resource-link = Link zur Ressource
label-audiences = Für
label-procedures = Verfahren
label-countries = Länder
audience-buyers = Öffentliche Auftraggeber
audience-suppliers = Anbieter
audience-policy-makers = Politische Entscheidungsträger
resource-kind-article = Artikel
resource-kind-guide = Leitfaden
resource-kind-toolkit = Werkzeugkasten
resource-kind-case-study = Fallstudie
resource-kind-template = Vorlage
resource-kind-training = Schulungsmaterial
resource-kind-recording = Aufzeichnung
resource-kind-policy = Strategiepapier
resource-kind-report = Bericht
resource-kind-faq = FAQ
resource-history = Wer was geändert hat
resource-history-title = Verlauf von { $title }
resource-back = Zurück zur Ressource
resource-field-title = Titel
resource-field-kind = Art
resource-field-summary = Zusammenfassung
resource-field-body = Text
resource-field-link = Link
resource-field-tags = Sprache und Schlagwörter
diff-removed = entfernt:
diff-added = hinzugefügt:

## Suche
nav-search = Suche
search-title = Suche
search-label = In den Ressourcen suchen, in jeder EU-Sprache
search-submit = Suchen
search-found = { $count ->
    [0] Nichts gefunden
    [one] Ein Ergebnis
   *[other] { $n } Ergebnisse
}
search-sort = Reihenfolge:
search-sort-relevance = relevanteste
search-sort-date = neueste
search-narrow = Ergebnis eingrenzen
search-facet-kind = Art
search-facet-topic = Thema
search-facet-sector = Sektor
search-facet-language = Sprache
search-facet-country = Land
search-facet-initiative = Initiative
search-facet-year = Jahr
search-facet-clear = Alle
search-across = Über seine CPV-Codes oder Themen gefunden, die in einer anderen Sprache benannt sind.
search-unknown-filter = Wir haben den Filter „{ $value }“ beiseitegelassen, den wir nicht kennen.
search-cut = Ihre Suche war lang: Wir haben ihre ersten { $n } Zeichen gelesen.
search-fuzzy = Nichts passte genau; diese Ergebnisse erlauben einen Tippfehler pro längerem Wort.

## Knowledge hub: case studies, translations, files, feeds
label-procedure = Verfahrensart
label-initiative = Mitgliedsinitiative
label-case-buyer = Öffentlicher Auftraggeber
hint-case-study = Nur für Fallstudien: was beschafft wurde und was daraus wurde. Öffentlicher Auftraggeber, Land und Jahr sind für eine Fallstudie erforderlich.
label-case-country = Land des Auftraggebers
label-case-procedure = Angewandtes Verfahren
label-case-year = Jahr der Zuschlagserteilung
label-case-budget = Budget
label-case-currency = Währung des Budgets
label-case-results = Ergebnisse
label-case-lessons = Erkenntnisse
case-outcome = Ergebnis der Beschaffung
case-studies-title = Fallstudien
case-studies-intro = Was öffentliche Auftraggeber beschafft haben, wie, und was daraus wurde. Kreuzen Sie zwei bis vier Fallstudien an, um sie nebeneinander zu vergleichen.
case-compare-title = Fallstudien nebeneinander
case-compare-choose = Fallstudien: kreuzen Sie die an, die Sie vergleichen möchten
case-compare-pick = Vergleichen
case-compare-this = { $title } vergleichen
case-compare-submit = Die angekreuzten Fallstudien vergleichen
case-compare-few = Kreuzen Sie in der Liste mindestens zwei Fallstudien an, um sie zu vergleichen.
resource-field-case = Ergebnis
size-mb = { $n } MB
size-kb = { $n } KB
resource-translate = Übersetzung hinzufügen
resource-translate-title = Übersetzung von { $title }
resource-in-your-language = Diese Ressource gibt es auch in Ihrer Sprache:
resource-versions = Auch auf
resource-files = Dateien
resource-files-manage = Angehängte Dateien
resource-files-title = Dateien von { $title }
resource-files-intro = Hängen Sie Dokumente zum Herunterladen an: PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) oder OpenDocument.
resource-files-none = Noch ist keine Datei angehängt.
label-file = Datei
hint-file = PDF, DOCX, XLSX, PPTX, ODT, ODS oder ODP, höchstens { $mb } MB. Der Inhalt bestimmt den Typ, nicht der Name.
file-upload = Datei anhängen
file-kind = Typ
file-size = Größe
file-actions = Aktionen
file-remove = { $name } entfernen
resources-feed = Atom-Feed dieser Ressourcen
landscape-title = Landkarte der Expertise
flash-resource-nothing-to-read = Eine veröffentlichte Ressource braucht einen Text, einen Link oder eine angehängte Datei.
flash-file-added = Die Datei ist angehängt.
flash-file-removed = Die Datei ist entfernt.
error-invalid-year = Geben Sie ein Jahr zwischen 1990 und 2100 an.
error-invalid-amount = Geben Sie einen Betrag in Ziffern an, etwa 250000 oder 1.250.000,50.
error-translation-exists = Diese Ressource hat bereits eine Fassung in dieser Sprache.
error-nothing-to-read = Schreiben Sie einen Text, geben Sie einen Link an oder hängen Sie eine Datei an, bevor Sie veröffentlichen.
error-file-empty = Wählen Sie eine Datei.
error-file-too-large = Die Datei ist größer als { $limit } MB.
error-file-kind = Diese Datei ist kein PDF-, DOCX-, XLSX-, PPTX-, ODT-, ODS- oder ODP-Dokument (ihr Inhalt wurde geprüft).
error-too-many-files = Eine Ressource hat höchstens { $limit } Dateien.
error-last-file = Eine veröffentlichte Ressource braucht einen Text, einen Link oder eine Datei: Dies ist ihre letzte.
label-initiative-countries = Länder, in denen sie tätig ist
landscape-intro = Wer in welchem EU-Land Expertise zu welchem Thema der Innovationsbeschaffung bietet: Mitgliedsinitiativen, die dort tätig sind, Organisationen, die zum Thema veröffentlicht haben, Personen, die ihr Land und ihre Themen zeigen, und Ressourcen mit beiden Angaben. Blassrote Felder sind Lücken: noch nichts.
landscape-show-label = Zählen
landscape-show-all = Alles
landscape-show-initiatives = Mitgliedsinitiativen
landscape-show-organisations = Organisationen
landscape-show-people = Personen
landscape-show-resources = Ressourcen
landscape-gaps = { $gaps } von { $pairs } Paaren aus Land und Thema haben noch nichts.
landscape-svg-desc = Ein Raster mit einer Zeile je EU-Land und einer Spalte je Thema; je dunkler das Feld, desto mehr zählt es. { $gaps } von { $pairs } Feldern sind Lücken. Die Tabelle darunter nennt jede Zahl.
landscape-svg-caption = Das Raster als Bild; die Tabelle darunter enthält dieselben Zahlen, jede ein Link zu dem, was dahinter steht.
landscape-legend-gap = Nichts (Lücke)
landscape-legend-few = Wenig
landscape-legend-many = Viel
landscape-gaps-title = Lücken je Thema
landscape-topic-gaps = { $topic }: { $count ->
    [one] ein Land ohne Angebot
   *[other] { $count } Länder ohne Angebot
}
landscape-table-title = Zahlen je Land und Thema
landscape-table-caption = Was jedes EU-Land zu jedem Thema hat (wählen Sie eine Zahl, um zu sehen, was dahinter steht)
landscape-gap = Lücke
landscape-count-initiatives = { $count ->
    [one] eine Initiative
   *[other] { $count } Initiativen
}
landscape-count-organisations = { $count ->
    [one] eine Organisation
   *[other] { $count } Organisationen
}
landscape-count-people = { $count ->
    [one] eine Person
   *[other] { $count } Personen
}
landscape-count-resources = { $count ->
    [one] eine Ressource
   *[other] { $count } Ressourcen
}
landscape-cell-intro = Die Mitgliedsinitiativen, Organisationen, Personen und Ressourcen, die in diesem Land Expertise zu diesem Thema bieten.
landscape-cell-none = Noch keine.
landscape-cell-more = Weitere Ressourcen zu diesem Thema
search-kind-organisation = Organisation
label-resource-cpv = CPV-Codes
hint-resource-cpv = Codes des Gemeinsamen Vokabulars für öffentliche Aufträge, auf jeder Ebene, durch Kommas getrennt: 72000000-5, 33195100-4.
topics-title = Themen
topics-intro = Ressourcen tragen die neun Themen des Schulungsprogramms der Taskforce und die hier hinzugefügten Themen. Ein Thema, das keine Ressource nutzt, kann entfernt werden.
topics-curriculum = Die Themen des Programms
topics-added = Hinzugefügte Themen
topics-none = Noch wurde kein Thema hinzugefügt.
topic-add = Thema hinzufügen
topic-remove = { $name } entfernen
label-topic-en = Name auf Englisch
label-topic-fr = Name auf Französisch
label-topic-de = Name auf Deutsch
flash-topic-added = Das Thema ist hinzugefügt.
flash-topic-removed = Das Thema ist entfernt.
flash-topic-in-use = Ressourcen tragen dieses Thema: Es bleibt.
error-topic-needs-letters = Verwenden Sie Buchstaben oder Ziffern im englischen Namen.
error-topic-in-use = Ressourcen tragen dieses Thema.
error-topic-curriculum = Die Themen des Programms bleiben.
admin-topics = Themen
resource-delete = Diese Ressource löschen
resource-delete-title = { $title } löschen?
resource-delete-body = Die Ressource, ihre Fassungen und ihre angehängten Dateien werden endgültig gelöscht; sie verlässt die Bibliothek und die Suche. Ihre Übersetzungen bleiben. Um sie vorübergehend zurückzuziehen, archivieren Sie sie stattdessen.
flash-resource-deleted = Die Ressource ist gelöscht.

## Events
events-title = Veranstaltungen
events-intro = Webinare, Schulungen, Workshops und Treffen der Taskforce und ihrer Mitglieder. Melden Sie sich an, um den Teilnahmelink und einen Kalendereintrag zu erhalten.
events-filter-label = Veranstaltungen filtern
events-found = { $count ->
    [one] Eine kommende Veranstaltung
   *[other] { $n } kommende Veranstaltungen
}
events-found-past = { $count ->
    [one] Eine vergangene Veranstaltung
   *[other] { $n } vergangene Veranstaltungen
}
events-upcoming = Kommende Veranstaltungen
events-past = Vergangene Veranstaltungen
events-feed = Kalender-Feed (iCalendar) dieser Veranstaltungen
event-new-title = Neue Veranstaltung
event-edit = Veranstaltung bearbeiten
event-edit-title = { $title } bearbeiten
event-when = Wann
event-seats = { $taken } von { $capacity } Plätzen belegt
event-seats-unlimited = Keine Platzbegrenzung
event-waiting-count = { $count ->
    [one] eine Person auf der Warteliste
   *[other] { $n } Personen auf der Warteliste
}
event-registration = Anmeldung
event-register = Anmelden
event-cancel-registration = Meine Anmeldung stornieren
event-sign-in-to-register = Melden Sie sich an, um teilzunehmen
event-join = Online teilnehmen
event-add-to-calendar = Zu meinem Kalender hinzufügen (.ics)
event-registration-confirmed = Sie sind angemeldet: Ihr Platz ist bestätigt.
event-registration-waiting = Sie stehen auf der Warteliste; Sie erhalten eine E-Mail, wenn ein Platz frei wird.
event-registration-cancelled = Sie haben Ihre Anmeldung storniert.
event-participants = Teilnehmende
event-participants-none = Noch hat sich niemand angemeldet.
event-participant-status = Anmeldung
event-state-title = Stand der Veranstaltung
event-state-draft = Entwurf
event-state-published = Veröffentlicht
event-state-cancelled = Abgesagt
event-state-finished = Beendet
event-to-draft = Zurück zum Entwurf
event-to-published = Veröffentlichen
event-to-cancelled = Veranstaltung absagen
event-to-finished = Als beendet markieren
event-kind-webinar = Webinar
event-kind-info-session = Informationsveranstaltung
event-kind-training = Schulung
event-kind-workshop = Workshop
event-kind-conference = Konferenz
event-kind-matchmaking = Matchmaking-Veranstaltung
event-kind-members-meeting = Informationstreffen der Mitglieder
event-format-online = Online
event-format-onsite = Vor Ort
event-format-hybrid = Hybrid
label-event-kind = Art der Veranstaltung
label-event-format = Format
label-event-venue = Veranstaltungsort
label-event-address = Adresse
label-event-join-link = Teilnahmelink
hint-event-join-link = Nur bestätigte Teilnehmende und die Veranstalter sehen ihn.
label-time-zone = Zeitzone der Veranstaltung
label-event-starts = Beginn (Ortszeit der Veranstaltung)
label-event-ends = Ende (Ortszeit der Veranstaltung)
label-capacity = Plätze
hint-capacity = Leer lassen für keine Begrenzung. Sind alle Plätze belegt, kommen Interessierte auf eine Warteliste.
label-registration-opens = Anmeldung öffnet
label-registration-closes = Anmeldung schließt
label-event-languages = Sprachen der Veranstaltung
label-organiser = Veranstalter
flash-event-saved = Die Veranstaltung ist gespeichert.
flash-event-registered = Sie sind angemeldet: Ihr Platz ist bestätigt.
flash-event-waiting = Alle Plätze sind belegt: Sie stehen auf der Warteliste.
flash-event-already-registered = Sie sind für diese Veranstaltung bereits angemeldet.
flash-event-registration-closed = Die Anmeldung zu dieser Veranstaltung ist nicht geöffnet.
flash-event-cancelled-registration = Ihre Anmeldung ist storniert.
flash-event-not-registered = Sie waren für diese Veranstaltung nicht angemeldet.
error-invalid-datetime = Geben Sie Datum und Uhrzeit an, etwa 2027-03-10T14:00.
error-time-does-not-exist = Diese Uhrzeit gibt es in der Zeitzone der Veranstaltung nicht (die Uhren werden dann vorgestellt). Wählen Sie eine andere.
error-end-before-start = Das Ende muss nach dem Beginn liegen.
error-closes-before-opens = Die Anmeldung muss nach ihrer Öffnung schließen.
error-closes-after-end = Die Anmeldung muss vor dem Ende der Veranstaltung schließen.
error-invalid-capacity = Geben Sie eine ganze Zahl von Plätzen von 1 bis { $limit } an, oder lassen Sie das Feld für keine Begrenzung leer.
error-invalid-time-zone = Wählen Sie eine Zeitzone wie Europe/Brussels.
error-venue-needed = Geben Sie Ort oder Adresse einer Präsenzveranstaltung an.
error-event-not-open = Diese Veranstaltung ist nicht zur Anmeldung geöffnet.
error-registration-not-open-yet = Die Anmeldung ist noch nicht geöffnet.
error-registration-closed = Die Anmeldung ist geschlossen.
error-already-registered = Sie sind für diese Veranstaltung bereits angemeldet.
error-not-registered = Sie sind für diese Veranstaltung nicht angemeldet.
mail-event-promoted-subject = Ein Platz für Sie: { $event }
mail-event-promoted-body = Bei „{ $event }“ ist ein Platz frei geworden, und er gehört Ihnen: Sie stehen nicht mehr auf der Warteliste. Wenn Sie nicht kommen können, stornieren Sie Ihre Anmeldung, damit die nächste Person ihn bekommt.
mail-event-open = Veranstaltung öffnen
nav-events = Veranstaltungen
search-kind-event = Veranstaltung
event-status-confirmed = Platz bestätigt
event-status-waiting = Warteliste
event-status-cancelled = Storniert
event-participant-since = Angemeldet am
event-participants-csv = Teilnehmende herunterladen (CSV)
event-remove-participant = { $name } entfernen
flash-event-participant-removed = Die Person ist entfernt; die nächste auf der Warteliste hat den Platz.
mail-event-changed-subject = Geändert: { $event }
mail-event-changed-body = Die Veranstalter haben „{ $event }“ geändert, wofür Sie angemeldet sind. Prüfen Sie Zeit, Ort und Einzelheiten auf der Seite.
mail-event-cancelled-subject = Abgesagt: { $event }
mail-event-cancelled-body = Die Veranstalter haben „{ $event }“ abgesagt, wofür Sie angemeldet sind.
calendar-title = Mein Kalender-Feed
calendar-intro = Eine private Adresse, die Ihre Kalender-App abonnieren kann: Sie listet die Veranstaltungen, für die Sie angemeldet sind, mit dem Teilnahmelink, sobald Ihr Platz bestätigt ist. Wer die Adresse hat, sieht sie: Behalten Sie sie für sich und erstellen Sie eine neue, falls sie bekannt wurde.
calendar-new = Hier ist die Adresse Ihres Kalenders. Sie wird nur jetzt angezeigt: Kopieren Sie sie in Ihre Kalender-App.
calendar-address = Adresse Ihres Kalender-Feeds
calendar-active = Ihr Kalender-Feed ist aktiv. Seine Adresse wurde beim Erstellen angezeigt.
calendar-make = Meine Kalenderadresse erstellen
calendar-replace = Neue Adresse erstellen (die alte funktioniert nicht mehr)
calendar-stop = Meinen Kalender-Feed beenden
event-clashes-title = Zur gleichen Zeit
event-clashes-intro = Diese veröffentlichten Veranstaltungen finden zur gleichen Zeit für dasselbe Publikum oder zum selben Thema statt. Erwägen Sie eine andere Zeit, bevor Sie veröffentlichen.
event-your-time = Ihre Zeit:
mail-event-confirmed-subject = Angemeldet: { $event }
mail-event-confirmed-body = Sie sind für „{ $event }“ ({ $when }) angemeldet; Ihr Platz ist bestätigt. Den Teilnahmelink finden Sie nach der Anmeldung auf der Seite der Veranstaltung.
mail-event-waiting-subject = Auf der Warteliste: { $event }
mail-event-waiting-body = Alle Plätze von „{ $event }“ ({ $when }) sind belegt: Sie stehen auf der Warteliste und erhalten eine E-Mail, wenn ein Platz frei wird.
mail-event-calendar = Fügen Sie sie Ihrem Kalender hinzu: { $url }

# Events: registration forms, invitations, attendance, certificates, calendars, members' meetings
calendar-view-title = Veranstaltungskalender
calendar-count = { $count ->
    [0] Keine Veranstaltung in diesem Zeitraum.
    [one] Eine Veranstaltung in diesem Zeitraum.
   *[other] { $count } Veranstaltungen in diesem Zeitraum.
}
calendar-list-view = Listenansicht
calendar-month-view = Monatsansicht
calendar-week-view = Wochenansicht
calendar-nav-label = Kalenderzeiträume
calendar-next-month = Nächster Monat
calendar-prev-month = Vorheriger Monat
calendar-next-week = Nächste Woche
calendar-prev-week = Vorherige Woche
calendar-no-events = Keine Veranstaltung
calendar-week-of = Woche vom { $from } bis { $to }
certificate-title = Teilnahmebescheinigung
certificate-certifies = Hiermit wird bescheinigt, dass
certificate-attended = an folgender Veranstaltung teilgenommen hat:
certificate-duration = Dauer (Stunden:Minuten)
certificate-issued = Ausgestellt am
certificate-print = Drucken
certificate-verify = Diese Bescheinigung kann jede Person unter { $url } prüfen.
event-absent = Abwesend
event-agenda-caption = Programm (Zeiten in { $zone })
event-agenda-time = Uhrzeit ({ $zone })
event-session = Programmpunkt
event-speaker = Referent/in
event-approval-auto = Automatisch: ein Platz, solange einer frei ist
event-approval-organisers = Die Veranstalter bestätigen jede Anmeldung
event-approval-note = Die Veranstalter bestätigen jede Anmeldung; Sie erhalten ihre Entscheidung per E-Mail.
event-approve-participant = { $name } bestätigen
event-reject-participant = { $name } ablehnen
event-attendance-title = Anwesenheit
event-attendance-hint = Kreuzen Sie an, wer gekommen ist; die anderen werden als abwesend erfasst.
event-attendance-save = Anwesenheit speichern
event-attendance-rate = Anwesenheitsquote
event-attended = Anwesend
event-not-recorded = Nicht erfasst
event-average-rating = Durchschnittliche Bewertung { $average } von 5 aus { $count } Antworten.
event-back = Zurück zur Veranstaltung
event-certificate-issued = Bescheinigung ausgestellt
event-certificates = Ausgestellte Bescheinigungen
event-certificates-issue = Teilnahmebescheinigungen an die Anwesenden ausstellen
event-comments = Kommentare
event-count = Anzahl
event-feedback-send = Rückmeldung senden
event-feedback-title = Ihre Rückmeldung zu { $title }
event-give-feedback = Rückmeldung zu dieser Veranstaltung geben
event-invitation-claimed = Angemeldet
event-invitation-kept = Platz reserviert
event-invitation-withdraw = Einladung von { $name } zurückziehen
event-invitations-intro = Jede eingeladene Adresse hält einen Platz frei, bis sich die Person anmeldet; Eingeladene brauchen keine Bestätigung.
event-invitations-none = Noch niemand ist eingeladen.
event-invitations-title = Einladungen zu { $title }
event-invite = Einladen
event-invite-more = Personen einladen
event-material = Folien und Aufzeichnungen
event-resource-link = Verknüpfen
event-resource-link-label = Veröffentlichte Ressource verknüpfen
event-resource-unlink = Verknüpfung mit { $name } lösen
event-message-recipients = { $count ->
    [one] ein Empfänger
   *[other] { $count } Empfänger
}
event-message-send = Senden
event-message-title = An die Teilnehmenden von { $title } schreiben
event-message-to-confirmed = Teilnehmende mit bestätigtem Platz
event-message-to-everyone = Alle Angemeldeten einschließlich Warteliste
event-messages-sent = Gesendete Nachrichten
event-my-certificate = Ihre Teilnahmebescheinigung
event-no-feedback = Noch keine Rückmeldungen.
event-question-n = Frage { $n }
event-questions-intro = Fragen Sie bei der Anmeldung, was Sie wissen müssen. Leere Zeilen werden übergangen; leeren Sie den Text einer Frage, um sie zu entfernen.
event-questions-title = Anmeldeformular für { $title }
event-rating-n = { $n } von 5
event-register-title = Anmeldung zu { $title }
event-reminder-days = { $n } Tage vorher
event-reminder-hours = { $n ->
    [one] 1 Stunde vorher
   *[other] { $n } Stunden vorher
}
event-reminder-minutes = { $n } Minuten vorher
event-status-pending = Wartet auf Bestätigung
event-status-rejected = Abgelehnt
event-registration-pending = Ihre Anmeldung wartet auf die Bestätigung der Veranstalter.
event-registration-rejected = Die Veranstalter haben Ihre Anmeldung nicht angenommen.
event-summary-attendance = Anwesenheit
event-summary-feedback = Rückmeldungen
event-summary-registrations = Anmeldungen
event-summary-title = Ergebnisse von { $title }
event-tools = Organisieren
event-tools-invitations = Einladungen und reservierte Plätze
event-tools-message = An die Teilnehmenden schreiben
event-tools-questions = { $count ->
    [0] Anmeldeformular (noch keine Frage)
    [one] Anmeldeformular (eine Frage)
   *[other] Anmeldeformular ({ $count } Fragen)
}
event-tools-summary = Ergebnisse: Anmeldungen, Anwesenheit, Rückmeldungen
event-with = mit { $names }
hint-agenda = Ein Programmpunkt pro Zeile: 09:00-10:30 | Titel | Referent/in (bei mehrtägigen Veranstaltungen das Datum voranstellen: 2027-03-11 09:00-10:30). Zeiten in der Zeitzone der Veranstaltung.
hint-co-organisers = Deren Redakteure und Mitglieder können die Veranstaltung mit Ihnen verwalten.
hint-feedback-comment = Was nützlich war, was gefehlt hat. Die Veranstalter sehen Kommentare ohne Ihren Namen.
hint-invite-emails = E-Mail-Adressen, getrennt durch Leerzeichen, Kommas oder Zeilen.
hint-question-choices = Für Einfach- und Mehrfachauswahl: eine Option pro Zeile.
hint-speakers = Eine Person pro Zeile: Name | Funktion und Organisation
label-action = Aufgabe
label-action-due = Fällig am
label-action-owner = Verantwortlich
label-action-status = Status
label-agenda = Programm
label-agenda-detail = Einzelheiten
label-agenda-item = Tagesordnungspunkt
label-co-organisers = Mitveranstalter
label-comment = Kommentar
label-event-approval = Anmeldung
label-invite-emails = Einzuladende Adressen
label-message-to = An
label-question = Frage
label-question-choices = Optionen
label-question-kind = Art der Antwort
label-question-required = Antwort erforderlich
label-rating = Bewertung
label-reminders = Erinnerungs-E-Mails
label-speakers = Referentinnen und Referenten
mail-event-certificate-open = Bescheinigung öffnen
mail-event-feedback-open = Rückmeldung geben
mail-event-invited-subject = Einladung: { $event }
mail-event-invited-body = Sie sind zu „{ $event }“ ({ $when }) eingeladen. Ein Platz ist für Sie reserviert: Melden Sie sich auf der Seite der Veranstaltung mit einem Konto unter dieser Adresse an.
mail-event-message-intro = Eine Nachricht der Veranstalter von „{ $event }“:
mail-event-pending-subject = Anmeldung eingegangen: { $event }
mail-event-pending-body = Ihre Anmeldung zu „{ $event }“ ({ $when }) ist eingegangen. Die Veranstalter bestätigen jede Anmeldung; Sie erhalten ihre Entscheidung per E-Mail.
mail-event-approved-subject = Bestätigt: { $event }
mail-event-approved-body = Die Veranstalter haben Ihre Anmeldung zu „{ $event }“ ({ $when }) bestätigt; Ihr Platz ist sicher.
mail-event-approved-waiting-subject = Bestätigt, auf der Warteliste: { $event }
mail-event-approved-waiting-body = Die Veranstalter haben Ihre Anmeldung zu „{ $event }“ ({ $when }) bestätigt, aber alle Plätze sind vergeben: Sie stehen auf der Warteliste und erhalten eine E-Mail, sobald ein Platz frei wird.
mail-event-rejected-subject = Anmeldung nicht angenommen: { $event }
mail-event-rejected-body = Die Veranstalter von „{ $event }“ konnten Ihre Anmeldung nicht annehmen.
mail-event-reminder-subject = Erinnerung: { $event }
mail-event-reminder-body = „{ $event }“ findet { $when } statt. Die Kalenderdatei ist angehängt; den Zugangslink finden Sie auf der Seite der Veranstaltung.
mail-event-feedback-subject = Ihre Rückmeldung: { $event }
mail-event-feedback-body = Danke für Ihre Teilnahme an „{ $event }“. Zwei Minuten Rückmeldung (eine Bewertung und ein Kommentar) helfen den Veranstaltern.
mail-event-certificate-subject = Teilnahmebescheinigung: { $event }
mail-event-certificate-body = Ihre Teilnahmebescheinigung für „{ $event }“ ist bereit. Drucken Sie sie von ihrer Seite aus; über ihre Adresse kann jede Person sie prüfen.
meeting-action-add = Aufgabe erfassen
meeting-action-edit-title = Aufgabe: { $title }
meeting-action-title = Aufgabe aus { $title }
meeting-actions = Aufgaben
meeting-actions-all = Aufgaben aller Mitgliedertreffen
meeting-actions-intro = Was die Mitglieder vereinbart haben, von Treffen zu Treffen, offene Aufgaben zuerst nach Fälligkeit.
meeting-actions-none = Keine Aufgabe.
meeting-from = Treffen
meeting-items = Vorgeschlagene Tagesordnungspunkte
meeting-items-none = Noch kein Punkt vorgeschlagen.
meeting-minutes = Protokoll
meeting-minutes-none = Noch kein Protokoll.
meeting-minutes-title = Protokoll von { $title }
meeting-minutes-write = Protokoll schreiben
meeting-propose = Tagesordnungspunkt vorschlagen
meeting-propose-title = Tagesordnungspunkt für { $title } vorschlagen
question-kind-short = Kurzer Text
question-kind-long = Langer Text
question-kind-single = Einfachauswahl
question-kind-multiple = Mehrfachauswahl
question-kind-yesno = Ja oder nein
action-status-open = Offen
action-status-done = Erledigt
action-status-dropped = Verworfen
flash-event-pending = Ihre Anmeldung ist eingegangen; die Veranstalter prüfen sie.
flash-event-questions-saved = Das Anmeldeformular ist gespeichert.
flash-event-invited = Die Einladungen sind versandt; ihre Plätze sind reserviert.
flash-event-invitation-withdrawn = Die Einladung ist zurückgezogen.
flash-event-participant-approved = Die Anmeldung ist bestätigt.
flash-event-not-pending = Diese Anmeldung wartet nicht auf Bestätigung.
flash-event-participant-rejected = Die Anmeldung ist abgelehnt.
flash-event-attendance-saved = Die Anwesenheit ist gespeichert.
flash-event-attendance-not-open = Die Anwesenheit kann ab einer Stunde vor Beginn erfasst werden.
flash-event-certificates-issued = Die Bescheinigungen sind für die Anwesenden ausgestellt und per E-Mail versandt.
flash-event-message-sent = Ihre Nachricht ist unterwegs.
flash-event-resource-linked = Die Ressource ist mit der Veranstaltung verknüpft.
flash-event-resource-invalid = Wählen Sie eine veröffentlichte Ressource.
flash-event-resource-unlinked = Die Verknüpfung ist gelöst.
flash-event-feedback-thanks = Danke für Ihre Rückmeldung.
flash-event-feedback-closed = Rückmeldungen geben Teilnehmende nach der Veranstaltung.
flash-meeting-item-added = Ihr Tagesordnungspunkt ist vorgeschlagen.
flash-meeting-agenda-closed = Das Treffen hat begonnen: Punkte können nicht mehr vorgeschlagen werden.
flash-meeting-minutes-saved = Das Protokoll ist gespeichert.
flash-meeting-action-saved = Die Aufgabe ist gespeichert.
error-too-many-questions = Ein Formular hat höchstens { $limit } Fragen.
error-question-label-needed = Frage { $name } braucht einen Text.
error-question-kind-invalid = Wählen Sie die Art der Antwort für „{ $name }“.
error-question-choices-needed = „{ $name }“ braucht 2 bis 20 verschiedene Optionen, eine pro Zeile.
error-answer-required = Beantworten Sie „{ $name }“: eine Antwort ist erforderlich.
error-answer-invalid = Die Antwort auf „{ $name }“ gehört nicht zu den Optionen oder ist zu lang.
error-speaker-invalid = Prüfen Sie „{ $name }“: ein Name (höchstens 200 Zeichen), dann die Funktion.
error-session-time-invalid = Geben Sie für „{ $name }“ die Zeiten als 09:00-10:30 an.
error-session-ends-before-start = Der Programmpunkt „{ $name }“ endet vor seinem Beginn.
error-session-title-needed = Jeder Programmpunkt braucht einen Titel.
error-invalid-email-in-list = „{ $name }“ ist keine E-Mail-Adresse.
error-too-many-invitations = Einladungen können nicht mehr Plätze reservieren, als die Veranstaltung hat ({ $limit }).
error-invalid-rating = Wählen Sie eine Bewertung von 1 bis 5.
error-attendance-not-open = Die Anwesenheit kann ab einer Stunde vor Beginn erfasst werden.
error-not-a-participant = Person { $name } hat keinen bestätigten Platz bei dieser Veranstaltung.
error-feedback-not-a-participant = Nur Teilnehmende mit Platz können eine Rückmeldung geben.
error-feedback-not-open = Rückmeldungen sind nach der Veranstaltung möglich.
error-agenda-closed = Das Treffen hat begonnen: Punkte können nicht mehr vorgeschlagen werden.
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
error-registration-not-pending = Diese Anmeldung wartet nicht auf Bestätigung.
error-question-label-too-long = Frage { $name } ist zu lang: höchstens 300 Zeichen.

# Challenges
challenges-title = Herausforderungen
challenges-intro = Ungedeckte Bedarfe öffentlicher Auftraggeber, als zu lösende Probleme beschrieben, nicht als Spezifikationen.
challenges-filter-label = Herausforderungen filtern
challenges-found = { $count ->
    [0] Keine Herausforderung gefunden.
    [one] Eine Herausforderung.
   *[other] { $count } Herausforderungen.
}
challenge-new-title = Herausforderung veröffentlichen
challenge-edit = Herausforderung bearbeiten
challenge-edit-title = { $title } bearbeiten
challenge-interest-until = Interessenbekundungen bis { $name }
challenge-log = Öffentliches Protokoll
challenge-log-none = Noch nichts erfasst.
challenge-log-state = Jetzt: { $name }
challenge-log-change = Geändert: { $name }
challenge-observe = { $name } hat diesen Bedarf auch
challenge-observe-stop = { $name } verfolgt diesen Bedarf nicht mehr
challenge-observers = Auftraggeber mit demselben Bedarf
challenge-observers-none = Noch kein anderer Auftraggeber hat dies angegeben.
challenge-route-unknown = Noch nicht entschieden
challenge-state-title = Herausforderung weiterführen
challenge-trl-n = TRL { $n }
hint-cpv-codes = CPV-2008-Codes, durch Kommas getrennt, z. B. 33195100-4 (die Prüfziffer kann entfallen).
hint-nuts-code = Ein NUTS-2021-Code des Landes, z. B. BE21.
hint-outcomes = Was besser werden soll und wie Sie es messen.
hint-problem = Beschreiben Sie das Problem, nicht die Lösung, die Sie sich vorstellen.
hint-question-deadline = Bis wann Anbieter Fragen stellen können; sonst die Frist für Interessenbekundungen.
hint-trl = Technologie-Reifegrad (TRL), von 1 (Grundlagenforschung) bis 9 (im Einsatz bewährt).
label-accepted-languages = Akzeptierte Sprachen
label-budget = Budget
label-budget-min = Budget ab
label-budget-max = Budget bis
label-buyer = Auftraggeber
label-challenge-title = Titel der Herausforderung
label-confidentiality = Vertraulichkeit
label-constraints = Einschränkungen
label-consultation-on = Geplante vorherige Marktkonsultation
label-context = Kontext und aktuelle Lage
label-cpv-codes = CPV-Codes
label-cpv-division = CPV-Abteilung
label-challenge-state = Stand
label-currency = Währung
label-interest-deadline = Frist für Interessenbekundungen
label-ip-terms = Geistiges Eigentum
label-outcomes = Angestrebte Ergebnisse und Indikatoren
label-problem = Problembeschreibung
label-procurement-on = Geplanter Beginn des Vergabeverfahrens
label-question-deadline = Frist für Fragen
label-route = Vorgesehenes Vergabeverfahren
label-trl = Erwarteter Reifegrad (TRL)
label-trl-min = Reifegrad ab
label-trl-max = Reifegrad bis
challenge-state-draft = Entwurf
challenge-state-open = Offen
challenge-state-consultation = In der vorherigen Marktkonsultation
challenge-state-procurement = Vergabeverfahren eingeleitet
challenge-state-awarded = Abgeschlossen: vergeben
challenge-state-not-awarded = Abgeschlossen: nicht vergeben
challenge-state-cancelled = Abgeschlossen: abgebrochen
challenge-to-open = Veröffentlichen (öffnen)
challenge-to-consultation = Vorherige Marktkonsultation beginnen
challenge-to-procurement = Das Vergabeverfahren ist eingeleitet
challenge-to-awarded = Abschließen: vergeben
challenge-to-not-awarded = Abschließen: nicht vergeben
challenge-to-cancelled = Abschließen: abgebrochen
challenge-to-draft = Zurück zum Entwurf
challenge-route-pcp = Vorkommerzielle Auftragsvergabe (PCP)
challenge-route-ppi = Öffentliche Beschaffung innovativer Lösungen (PPI)
challenge-route-innovation-partnership = Innovationspartnerschaft
challenge-route-competitive-dialogue = Wettbewerblicher Dialog
challenge-route-competitive-negotiation = Verhandlungsverfahren mit Teilnahmewettbewerb
challenge-route-open = Offenes Verfahren
challenge-route-restricted = Nicht offenes Verfahren
challenge-part-title = Titel
challenge-part-problem = Problembeschreibung
challenge-part-context = Kontext
challenge-part-outcomes = Ergebnisse
challenge-part-constraints = Einschränkungen
challenge-part-sectors = Sektoren
challenge-part-cpv = CPV-Codes
challenge-part-budget = Budget
challenge-part-timeline = Zeitplan
challenge-part-trl = Reifegrad
challenge-part-route = Vergabeverfahren
challenge-part-place = Ort
challenge-part-languages = Sprachen
challenge-part-ip_terms = geistiges Eigentum
challenge-part-confidentiality = Vertraulichkeit
flash-challenge-saved = Die Herausforderung ist gespeichert.
flash-challenge-state-not-allowed = Die Herausforderung kann von ihrem Stand aus nicht in diesen Stand wechseln.
flash-challenge-observing = Vermerkt: Ihre Organisation hat diesen Bedarf auch.
flash-challenge-not-observing = Ihre Organisation verfolgt diesen Bedarf nicht mehr.
error-invalid-cpv = „{ $name }“ ist kein CPV-2008-Code oder die Prüfziffer stimmt nicht.
error-invalid-trl = Wählen Sie einen Reifegrad von 1 bis 9.
error-trl-min-above-max = Der niedrigste Reifegrad liegt über dem höchsten.
error-budget-min-above-max = Das Mindestbudget liegt über dem Höchstbudget.
error-deadline-in-past = Diese Frist liegt in der Vergangenheit.
error-questions-after-interest = Die Frist für Fragen darf nicht nach der Frist für Interessenbekundungen liegen.
error-procurement-before-consultation = Das Vergabeverfahren kann nicht vor der vorherigen Marktkonsultation beginnen.
error-challenge-closed = Diese Herausforderung ist abgeschlossen und kann nicht mehr geändert werden.
error-challenge-state-not-allowed = Von „{ $name }“ aus kann die Herausforderung nicht in diesen Stand wechseln.
error-challenge-not-open = Diese Herausforderung ist nicht offen.

## Solutions, matching and CPV help (issue 10)
nav-challenges = Herausforderungen
nav-solutions = Lösungen
solutions-title = Lösungen
solutions-intro = Was innovative Anbieter können: Profile von Lösungen und Fähigkeiten, manche anonym veröffentlicht, bis der Anbieter die Kontaktanfrage eines Auftraggebers annimmt.
solutions-filter-label = Lösungen filtern
solutions-found = { $count ->
    [0] Keine Lösung passt.
    [one] Eine Lösung.
   *[other] { $count } Lösungen.
}
solution-new-title = Eine Lösung veröffentlichen
solution-edit-title = „{ $title }“ bearbeiten
solution-edit = Profil bearbeiten
solution-saved = Lösungsprofil gespeichert.
flash-solution-saved = Lösungsprofil gespeichert.
solution-state-draft = Entwurf
solution-state-published = Veröffentlicht
solution-state-archived = Archiviert
solution-to-draft = Zurück zum Entwurf
solution-to-published = Veröffentlichen
solution-to-archived = Archivieren
solution-state-title = Veröffentlichung
solution-countries-any = Jedes EU-Land
solution-anonymous = Ein anonymer Anbieter
solution-anonymous-badge = Anonym
solution-eic = Vom EIC gefördert
solution-trl-at-least = TRL { $n } oder höher
solution-matches = Herausforderungen, zu denen diese Lösung passt
label-eic-only = Nur vom EIC geförderte Anbieter
label-country-served = Belieferter Staat
label-supplier = Anbieter
label-solution-title = Name der Lösung
label-solution-summary = Was sie leistet
label-solution-problem = Das Problem, das sie löst
label-countries-served = Belieferte Staaten
hint-countries-served = Keiner angekreuzt: jedes EU-Land.
label-regions-served = Belieferte NUTS-Regionen
hint-nuts-codes = NUTS-2021-Codes durch Kommas getrennt, z. B. BE21, FR10; nur wenn enger als die Staaten.
label-references = Referenzen und Einsätze
label-certifications = Zertifizierungen
label-working-languages = Arbeitssprachen
label-anonymous = Anonymität
label-anonymous-yes = Anonym veröffentlichen
hint-anonymous = Auftraggeber sehen das Profil, aber nicht Ihr Unternehmen, bis Sie ihre Kontaktanfrage annehmen.
contact-title = Den Anbieter kontaktieren
contact-requested-by = Anfrage von { $name }
label-on-behalf-of = Im Namen von
label-contact-message = Nachricht an den Anbieter
contact-request = Kontakt anfragen
contacts-title = Kontaktanfragen
contacts-none = Noch keine Kontaktanfrage.
contact-accept = Annehmen
contact-decline = Ablehnen
contact-state-pending = wartet auf den Anbieter
contact-state-accepted = angenommen
contact-state-declined = abgelehnt
flash-contact-requested = Ihre Anfrage wurde an den Anbieter gesendet.
flash-contact-already-requested = Ihre Organisation hat bereits Kontakt angefragt.
flash-contact-message-required = Schreiben Sie dem Anbieter eine Nachricht.
flash-contact-accepted = Anfrage angenommen: Der Auftraggeber sieht nun Ihr Unternehmen.
flash-contact-declined = Anfrage abgelehnt.
flash-contact-already-decided = Diese Anfrage wurde bereits beantwortet.
error-contact-already-requested = Ihre Organisation hat bei diesem Anbieter bereits Kontakt angefragt.
error-contact-already-decided = Diese Anfrage wurde bereits beantwortet.
mail-contact-request-subject = { $name } bittet um Kontakt zu „{ $solution }“
mail-contact-request-body = { $name } möchte mit Ihnen zu Ihrer Lösung „{ $solution }“ in Kontakt treten. Nehmen Sie an, um Ihr Unternehmen zu zeigen, oder lehnen Sie ab.
mail-contact-request-message = Die Nachricht: { $message }
mail-contact-request-open = Lösung öffnen
mail-contact-accepted-subject = Kontakt angenommen: „{ $solution }“
mail-contact-accepted-body = Der Anbieter von „{ $solution }“ hat Ihre Anfrage angenommen: Es ist { $name }.
mail-contact-declined-subject = Kontakt abgelehnt: „{ $solution }“
mail-contact-declined-body = Der Anbieter von „{ $solution }“ hat Ihre Anfrage abgelehnt.
challenge-matches = Lösungen, die zu dieser Herausforderung passen
matches-none = Noch keine Übereinstimmung.
match-score = Übereinstimmung { $name }
match-why-words = Gleiche Wörter: { $name }
match-why-cpv-division = Gleiche CPV-Abteilung { $code } { $name }
match-why-cpv-group = Gleiche CPV-Gruppe { $code } { $name }
match-why-cpv-class = Gleiche CPV-Klasse { $code } { $name }
match-why-cpv-category = Gleiche CPV-Kategorie { $code } { $name }
match-why-cpv-subcategory = Gleicher CPV-Code { $code } { $name }
match-why-cpv-read = (aus dem Text gelesen)
match-why-sectors = Gleicher Sektor: { $name }
match-why-trl-within = TRL { $trl }, im erwarteten Bereich { $min }–{ $max }
match-why-trl-below = TRL { $trl }, unter dem erwarteten Bereich { $min }–{ $max }
match-why-trl-above = TRL { $trl }, über dem erwarteten Bereich { $min }–{ $max }
match-why-geography = Beliefert den Staat des Auftraggebers
match-why-languages = Arbeitet auf { $name }
cpv-title = CPV-Codes
cpv-intro = Das Gemeinsame Vokabular für öffentliche Aufträge (CPV) ordnet, was öffentliche Auftraggeber beschaffen: 9.454 Codes in Abteilungen, Gruppen, Klassen und Kategorien. Suchen Sie nach Wörtern oder Ziffern, oder lassen Sie sich vom Hub Codes zu Ihrem Text vorschlagen.
cpv-search-label = CPV-Codes suchen
cpv-search-hint = Wörter der Bezeichnung (in der Sprache dieser Seite) oder die ersten Ziffern eines Codes.
cpv-found = { $count ->
    [0] Kein Code gefunden.
    [one] Ein Code.
   *[other] { $count } Codes (höchstens 50 angezeigt).
}
cpv-suggest-title = Codes zu einem Text vorschlagen
cpv-suggest-label = Ihre Herausforderung oder Lösung, in jeder EU-Sprache
cpv-suggest-submit = Codes vorschlagen
cpv-suggest-language = Gelesen auf { $name }. Die besten zuerst:
cpv-suggest-none = Für diesen Text wurde kein Code gefunden.
cpv-suggest-because = wegen: { $name }
cpv-divisions = Abteilungen
cpv-hierarchy = Stellung in der Hierarchie
cpv-children = Untergeordnete Codes
cpv-labels = In den 24 EU-Sprachen
cpv-level-division = Abteilung
cpv-level-group = Gruppe
cpv-level-class = Klasse
cpv-level-category = Kategorie
cpv-level-subcategory = Unterkategorie
search-kind-challenge = Herausforderung
search-kind-solution = Lösung

## Expressions of interest and clarification questions (issue 10)
interests-title = Interessenbekundungen
interest-express = Interesse bekunden
interest-submit = Interessenbekundung senden
label-linked-solution = Lösung
label-pitch = Ihre Vorstellung
hint-pitch = Höchstens 3.000 Zeichen. Der Auftraggeber sieht Ihre Organisation dazu.
label-decline-message = Nachricht an den Anbieter
interest-buyer-message = Nachricht des Auftraggebers: { $message }
interest-state-submitted = gesendet
interest-state-shortlisted = in der engeren Wahl
interest-state-declined = nicht berücksichtigt
interest-state-invited = zur Ko-Kreation eingeladen
interest-to-shortlisted = In die engere Wahl
interest-to-declined = Nicht berücksichtigen
interest-to-invited = Zur Ko-Kreation einladen
flash-interest-expressed = Ihre Interessenbekundung wurde an den Auftraggeber gesendet.
flash-interest-decided = Entscheidung gespeichert; der Anbieter wurde benachrichtigt.
flash-interest-closed = Interessenbekundungen sind für diese Herausforderung geschlossen.
flash-interest-already-expressed = Ihre Organisation hat bereits Interesse bekundet.
flash-interest-decision-not-allowed = Diese Interessenbekundung kann diese Entscheidung jetzt nicht erhalten.
error-interest-closed = Interessenbekundungen sind für diese Herausforderung geschlossen.
error-interest-already-expressed = Ihre Organisation hat an dieser Herausforderung bereits Interesse bekundet.
error-interest-decision-not-allowed = Eine Interessenbekundung im Stand { $name } kann diese Entscheidung nicht erhalten.
questions-title = Bieterfragen
questions-intro = Anbieter können bis zum { $name } fragen. Jede Antwort wird hier für alle veröffentlicht; der Fragende erscheint nur als „ein Anbieter“ (Gleichbehandlung).
questions-none = Noch keine Bieterfrage.
question-asked = Ein Anbieter fragte am { $name }:
question-answered = Antwort vom { $name }:
question-unanswered = Noch nicht beantwortet.
label-public-answer = Öffentliche Antwort
hint-public-answer = Alle sehen sie, und alle Interessierten werden per E-Mail benachrichtigt.
question-answer = Antwort veröffentlichen
label-clarification-question = Ihre Bieterfrage
hint-question = Wird mit ihrer Antwort veröffentlicht; Ihre Organisation wird nicht genannt.
question-ask = Fragen
flash-question-asked = Ihre Frage wurde gesendet; die Antwort wird öffentlich.
flash-question-answered = Antwort veröffentlicht; alle Interessierten wurden benachrichtigt.
flash-questions-closed = Bieterfragen sind für diese Herausforderung geschlossen.
flash-already-answered = Diese Frage wurde bereits beantwortet.
error-questions-closed = Bieterfragen sind für diese Herausforderung geschlossen.
error-already-answered = Diese Frage wurde bereits beantwortet.
challenge-log-question = Ein Anbieter stellte eine Bieterfrage
challenge-log-answer = Eine Bieterfrage wurde beantwortet
mail-challenge-open = Herausforderung öffnen
mail-interest-subject = { $name } bekundet Interesse an „{ $challenge }“
mail-interest-body = { $name } bekundet Interesse an Ihrer Herausforderung „{ $challenge }“. Die Vorstellung:
mail-interest-message = Nachricht des Auftraggebers: { $message }
mail-interest-shortlisted-subject = Engere Wahl: „{ $challenge }“
mail-interest-shortlisted-body = Der Auftraggeber hat Ihre Interessenbekundung zu „{ $challenge }“ in die engere Wahl genommen.
mail-interest-declined-subject = Nicht berücksichtigt: „{ $challenge }“
mail-interest-declined-body = Der Auftraggeber hat Ihre Interessenbekundung zu „{ $challenge }“ nicht berücksichtigt.
mail-interest-invited-subject = Einladung zur Ko-Kreation: „{ $challenge }“
mail-interest-invited-body = Der Auftraggeber lädt Sie in den Ko-Kreationsraum von „{ $challenge }“ ein.
mail-question-subject = Eine Bieterfrage zu „{ $challenge }“
mail-question-body = Ein Anbieter hat eine Bieterfrage zu Ihrer Herausforderung „{ $challenge }“ gestellt. Ihre Antwort wird für alle veröffentlicht:
mail-answer-subject = Neue Antwort: „{ $challenge }“
mail-answer-body = Der Auftraggeber hat eine Bieterfrage zu „{ $challenge }“ beantwortet. Die Antwort ist öffentlich.
mail-answer-question = Frage eines Anbieters: { $message }
mail-answer-answer = Antwort: { $message }
mail-change-subject = Geändert: „{ $challenge }“
mail-change-body = Der Auftraggeber hat die Herausforderung „{ $challenge }“ geändert: { $name }.

## Co-creation space (issue 10)
space-open = Ko-Kreationsraum
space-title = Ko-Kreation: { $name }
space-intro = Nur für den Auftraggeber und die von ihm eingeladenen Anbieter. Jeder Kontakt hier wird im Protokoll unten festgehalten.
space-threads = Diskussionen
space-threads-none = Noch keine Diskussion.
space-reply = Antworten
space-send = Senden
space-new-thread = Diskussion beginnen
space-files = Geteilte Dateien
space-files-none = Noch keine Datei geteilt.
space-share-file = Datei teilen
space-milestones = Meilensteine
space-milestones-none = Noch kein Meilenstein.
milestone-state-planned = geplant
milestone-state-done = erreicht
milestone-state-dropped = aufgegeben
milestone-to-done = „{ $name }“ als erreicht markieren
milestone-to-dropped = „{ $name }“ aufgeben
milestone-to-planned = „{ $name }“ wieder planen
label-milestone = Meilenstein
label-due-on = Fällig am
space-add-milestone = Meilenstein hinzufügen
space-record = Kontaktprotokoll
space-record-intro = Wer in diesem Raum was wann getan hat, für die Vergabeakte.
space-record-none = Noch kein Kontakt.
space-record-when = Wann
space-record-who = Wer
space-record-what = Was
space-record-thread = Hat die Diskussion „{ $name }“ begonnen
space-record-post = Hat in „{ $name }“ geschrieben
space-record-file = Hat die Datei { $name } geteilt
space-record-milestone = Hat den Meilenstein { $name } gesetzt
space-record-milestone-done = Hat „{ $name }“ als erreicht markiert
space-record-milestone-dropped = Hat „{ $name }“ aufgegeben
space-record-milestone-planned = Hat „{ $name }“ wieder geplant
flash-space-saved = Gespeichert.
mail-space-open = Ko-Kreationsraum öffnen
mail-space-post-subject = Neu in „{ $name }“: { $challenge }
mail-space-post-body = Eine neue Nachricht in der Diskussion „{ $name }“ des Ko-Kreationsraums von „{ $challenge }“:
error-too-many-space-files = Ein Ko-Kreationsraum enthält höchstens { $limit } Dateien.

## Common needs, buyers' groups, feed (issue 10)
challenges-feed = Feed dieser Herausforderungen (Atom)
common-needs-title = Gemeinsamer Bedarf
common-needs-intro = Offene Herausforderungen verschiedener Auftraggeber, die denselben Bedarf beschreiben, vom Hub über Sprachgrenzen hinweg gefunden. Ihre Auftraggeber können eine Einkaufsgemeinschaft bilden und gemeinsam beschaffen.
common-needs-none = Noch kein gemeinsamer Bedarf gefunden.
common-need-buyers = { $n ->
    [one] Ein Auftraggeber
   *[other] { $n } Auftraggeber
}
challenge-common-need = Andere Auftraggeber mit diesem Bedarf
buyer-group-form = Als { $name } eine Einkaufsgemeinschaft bilden
label-buyer-group-name = Name der Gemeinschaft
buyer-group-invite = { $name } einladen
buyer-group-create = Gemeinschaft bilden
buyer-group-lead = Federführender Auftraggeber: { $name }
cross-border = grenzüberschreitend
buyer-group-members = Auftraggeber
buyer-group-state-invited = eingeladen
buyer-group-state-member = Mitglied
buyer-group-make-lead = { $name } zum federführenden Auftraggeber machen
buyer-group-invited = { $name } ist in diese Gemeinschaft eingeladen
buyer-group-accept = Annehmen
buyer-group-decline = Ablehnen
buyer-group-joint = Gemeinsame Herausforderung
buyer-group-joint-none = Noch keine gemeinsame Herausforderung. Der federführende Auftraggeber eröffnet sie, sobald mindestens zwei Auftraggeber Mitglied sind.
buyer-group-joint-open = Gemeinsame Herausforderung eröffnen
buyer-group-joint-title = Gemeinsame Herausforderung von { $name }
buyer-group-invite-more = Einen weiteren öffentlichen Auftraggeber einladen
label-public-buyer = Öffentlicher Auftraggeber
buyer-group-send-invitation = Einladung senden
challenge-joint-by = Gemeinsame Auftragsvergabe durch { $name }
flash-buyer-group-saved = Gespeichert.
flash-already-in-group = Dieser Auftraggeber ist bereits in der Gemeinschaft oder eingeladen.
flash-not-invited = Es gibt keine Einladung zu beantworten.
flash-joint-challenge-exists = Die Gemeinschaft hat bereits ihre gemeinsame Herausforderung.
flash-group-too-small = Eine gemeinsame Herausforderung braucht mindestens zwei Auftraggeber als Mitglieder.
error-already-in-group = Dieser Auftraggeber ist bereits in der Gemeinschaft oder eingeladen.
error-not-invited = Es gibt keine Einladung zu beantworten.
error-joint-challenge-exists = Die Gemeinschaft hat bereits ihre gemeinsame Herausforderung.
error-group-too-small = Eine gemeinsame Herausforderung braucht mindestens zwei Auftraggeber als Mitglieder.
mail-buyer-group-open = Einkaufsgemeinschaft öffnen
mail-buyer-group-invited-subject = Einladung in die Einkaufsgemeinschaft „{ $name }“
mail-buyer-group-invited-body = Ihre Organisation ist eingeladen, der Einkaufsgemeinschaft „{ $name }“ beizutreten, um gemeinsam zu beschaffen. Nehmen Sie auf ihrer Seite an oder lehnen Sie ab.

dashboard-matches = Übereinstimmungen für Ihre Herausforderungen und Lösungen
match-new = neu

challenge-part-attachments = Anhänge
cpv-suggested-title = CPV-Codes, die Ihr Text nahelegt
cpv-suggested-intro = Aus dem Text in seiner Sprache gelesen; fügen Sie die passenden hinzu oder suchen Sie weitere in der Auswahl.
cpv-add = { $name } hinzufügen
challenge-files = Anhänge
challenge-files-none = Kein Anhang.
challenge-attach = Dokument anhängen
