## Layout
site-description = IPTF Hub : acheteurs publics, fournisseurs innovants et initiatives européennes travaillent ensemble à l’achat public d’innovation.
brand-tagline = Task Force sur l’achat d’innovation
skip-to-content = Aller au contenu principal
nav-label = Navigation principale
nav-home = Accueil
nav-organisations = Organisations
nav-admin = Administration
nav-account = Votre compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-register = S’inscrire
language-label = Langue
language-submit = Changer de langue
footer-about = IPTF Hub est géré par l’Innovation Procurement Task Force, une alliance volontaire d’initiatives financées par l’UE qui promeuvent l’achat public d’innovation.
footer-api = Documentation de l’API (OpenAPI)
back-home = Aller à l’accueil
back-to-account = Retour à votre compte
back-to-directory = Retour à l’annuaire
back-to-organisation = Retour à l’organisation
optional = (facultatif)
error-prefix = Erreur :
error-summary-title = Il y a un problème
save = Enregistrer
yes = Oui
no = Non
choose-one = Choisissez
choose-none = Sans objet
filter-any = Tous
filters-toggle = Filtres
filter-apply = Filtrer
focus-areas = Domaines d’action
pagination-label = Pages
pagination-prev = Page précédente
pagination-next = Page suivante
pagination-first = Première page
pagination-last = Dernière page

## Home
home-title = Accueil
home-heading = Acheter l’innovation ensemble, partout en Europe
home-lead = L’Innovation Procurement Task Force réunit des initiatives européennes qui aident les acheteurs publics à acheter de l’innovation. Ici, les acheteurs se forment et publient leurs besoins, les fournisseurs trouvent des acheteurs, et les initiatives membres partagent leurs événements, ressources et actualités avec tous les réseaux à la fois.
home-cta-register = Rejoindre le hub
home-cta-browse = Parcourir les organisations
home-cta-organisation = Ajouter votre organisation
home-next-title = Ce que vous pouvez faire ici
home-buyers-title = Acheteurs publics
home-buyers-body = Villes, régions, hôpitaux et services publics apprennent à acheter de l’innovation, rencontrent d’autres acheteurs ayant les mêmes besoins et trouvent les fournisseurs capables d’y répondre.
home-suppliers-title = Fournisseurs innovants
home-suppliers-body = PME et start-up présentent leur savoir-faire, découvrent les besoins des acheteurs publics et apprennent à vendre au secteur public.
home-members-title = Initiatives membres
home-members-body = Les projets financés par l’UE annoncent une seule fois leurs formations, webinaires et rencontres d’affaires et touchent les réseaux réunis de toute la task force.
home-organisations-count = { $count ->
    [0] Aucune organisation n’est encore inscrite.
    [one] Une organisation est inscrite.
   *[other] { $count } organisations sont inscrites.
}
home-initiatives-title = Initiatives membres
home-initiatives-intro = La task force a été fondée par quatre projets financés par l’UE et a depuis accueilli d’autres initiatives et partenariats.
home-initiatives-empty = Aucune initiative membre n’a encore été ajoutée.
home-founding = Membres fondateurs
home-joined = Membres ayant rejoint depuis
initiative-website = Site de { $acronym }

## Forms and validation
label-name = Nom complet
label-email = Adresse e-mail
label-password = Mot de passe
label-new-password = Nouveau mot de passe
label-current-password = Mot de passe actuel
label-new-email = Nouvelle adresse e-mail
label-token-name = Nom du jeton
label-org-name = Nom de l’organisation
label-kind = Type d’organisation
label-size-class = Taille de l’entreprise
label-country = Pays
label-nuts = Région (code NUTS)
label-sectors = Secteurs
label-website = Site web
hint-website = Par exemple stad.gent ou https://www.stad.gent/fr
label-description = Description
label-role = Rôle
label-sector = Secteur
hint-password = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
hint-token-name = À quoi sert le jeton, par exemple « export CRM ».
hint-size-class = Entreprises uniquement, selon la définition européenne des PME (recommandation 2003/361/CE) : micro, moins de 10 salariés et chiffre d’affaires ou bilan jusqu’à 2 millions € ; petite, moins de 50 et jusqu’à 10 millions € ; moyenne, moins de 250 et chiffre d’affaires jusqu’à 50 millions € ou bilan jusqu’à 43 millions € ; grande, au-delà.
hint-nuts-list = La région NUTS 2021 de l’organisation dans son pays, de la plus grande à la plus petite.
hint-nuts = Facultatif : un code NUTS 2021 du pays, par exemple FR101 ou DE21.
hint-sectors = Choisissez-en 8 au plus.
error-required = Saisissez une valeur.
error-too-long = Saisissez au plus { $limit } caractères.
error-invalid-characters = Retirez les caractères de contrôle.
error-invalid-url = Saisissez une adresse web complète commençant par https://
error-invalid-email = Saisissez une adresse e-mail comme nom@exemple.eu
error-password-too-short = Utilisez au moins { $limit } caractères.
error-password-common = Ce mot de passe est trop courant ou trop facile à deviner. Choisissez-en un autre.
error-password-personal = Ce mot de passe contient votre nom ou votre adresse électronique, que d’autres peuvent deviner. Choisissez-en un autre.
error-password-pattern = Les rangées du clavier, les répétitions et les suites comme « abcd » ou « 1234 » se devinent facilement. Choisissez-en un autre.
error-password-dates = Les dates et les années se devinent facilement. Choisissez-en un autre.
error-password-words = Un seul mot ou un nom, même suivi de quelques chiffres, se devine facilement. Plusieurs mots sans rapport entre eux font un mot de passe solide.
error-password-weak = Ce mot de passe serait deviné trop vite. Plusieurs mots sans rapport entre eux font un mot de passe solide.
error-invalid-country = Choisissez un État membre de l’Union européenne.
error-invalid-nuts = Saisissez un code NUTS 2021, par exemple FR101.
error-nuts-not-in-country = Cette région n’est pas dans le pays choisi.
error-invalid = Cette valeur n’est pas valide.
error-conflicting = N’indiquez qu’un seul de ces éléments.
error-already-sent = Ce formulaire a déjà été envoyé. Rechargez la page pour l’envoyer à nouveau.
error-still-running = La même demande est encore en cours de traitement. Patientez un instant, puis rechargez la page.
error-idempotency-key-reused = Cette clé Idempotency-Key a déjà servi pour une autre requête.
error-duplicate-name = « { $name } » figure déjà sur la plateforme dans ce pays. S’il s’agit de votre organisation, demandez à la rejoindre depuis sa page ; s’il s’agit d’une autre, cochez la case ci-dessous et envoyez de nouveau le formulaire.
label-duplicate = Même nom
label-confirm-duplicate = La créer quand même : c’est une autre organisation du même nom
error-date-before-start = La date de fin doit suivre la date de début.
error-invalid-choice = Choisissez l’une des options.
error-too-many = Choisissez-en au plus { $limit }.
error-last-owner = Une organisation a besoin d’au moins un responsable. Désignez d’abord un autre responsable.
error-taken = Cette valeur est déjà utilisée.
error-wrong-password = Le mot de passe n’est pas correct.
error-same-email = C’est déjà votre adresse e-mail.
error-unreadable = Le formulaire n’a pas pu être lu. Veuillez réessayer.
error-already-member = Vous êtes déjà membre ou avez déjà demandé à rejoindre.
error-not-yourself = Vous ne pouvez pas décider de votre propre compte.
error-invalid-number = Saisissez un nombre.
error-invalid-date = Saisissez une date au format AAAA-MM-JJ.

## Errors
http-not-found-title = Page introuvable
http-not-found-detail = Il n’y a rien à cette adresse, ou vous n’êtes pas autorisé à le voir.
http-forbidden-title = Action non autorisée
http-forbidden-detail = Vous n’avez pas le droit de faire ceci.
http-unauthorized-title = Connexion requise
http-unauthorized-detail = Connectez-vous pour continuer.
http-bad-token-title = Jeton non valide
http-bad-token-detail = Le jeton d’API est inconnu ou a été révoqué.
http-conflict-title = Conflit
http-conflict-detail = Ceci entre en conflit avec un élément existant.
http-unprocessable-title = Saisie non valide
http-unprocessable-detail = Certains champs ne sont pas valides.
http-too-many-requests-title = Trop de tentatives
http-too-many-requests-detail = Veuillez patienter avant de réessayer.
http-csrf-title = Le formulaire a expiré
http-csrf-detail = Pour votre sécurité, le formulaire n’a pas pu être accepté. Revenez en arrière, rechargez la page et réessayez.
http-internal-title = Une erreur s’est produite
http-internal-detail = L’erreur a été enregistrée. Veuillez réessayer plus tard.
http-too-large-title = Trop de données
http-too-large-detail = Votre envoi dépasse la taille acceptée par le hub.
http-method-title = Impossible ici
http-method-detail = Cette adresse n’accepte pas ce type de requête.
http-bad-request-title = Requête incorrecte
http-bad-request-detail = La requête n’a pas pu être comprise.
http-bad-json-title = JSON non valide
http-bad-json-detail = Le corps n’est pas du JSON de la forme attendue par cette requête. La description de l’API à l’adresse /api/openapi.json la présente.
http-bad-path-title = Adresse non valide
http-bad-path-detail = Une partie de l’adresse n’est pas valide, par exemple un identifiant qui n’est pas un nombre entier.
http-bad-query-title = Requête non valide
http-bad-query-detail = Un paramètre de la chaîne de requête n’est pas valide.
http-unsupported-media-title = Type de contenu non pris en charge
http-unsupported-media-detail = Envoyez le corps en JSON, avec l’en-tête Content-Type : application/json.
http-timeout-title = Délai de réponse dépassé
http-timeout-detail = La plateforme n’a pas pu répondre à temps. Veuillez réessayer dans un instant.

## Flash messages
flash-email-confirmed = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
flash-signed-out = Vous êtes déconnecté.
flash-password-reset = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.
flash-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
flash-email-link-sent = Nous avons envoyé un lien à la nouvelle adresse. Elle sera utilisée dès que vous l’aurez suivi.
flash-email-changed = Votre adresse e-mail a été modifiée.
flash-token-revoked = Le jeton a été révoqué.
flash-account-deleted = Votre compte et ses données ont été supprimés.
flash-org-created = L’organisation a été créée. Un administrateur la vérifiera avant qu’elle n’apparaisse dans l’annuaire.
flash-saved = Vos modifications ont été enregistrées.
flash-join-requested = Votre demande a été transmise aux responsables de l’organisation.
flash-member-removed = L’adhésion a été supprimée.
flash-decision-saved = La décision a été enregistrée et les personnes concernées ont été prévenues.

## Registration, confirmation, sign-in, reset
register-title = Créer votre compte
register-intro = Un seul compte pour tout le hub. Nous vous enverrons un lien pour confirmer votre adresse e-mail.
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ? Connectez-vous
register-done-title = Consultez votre messagerie
register-done-body = Si cette adresse peut être utilisée, nous y avons envoyé un message. Suivez le lien qu’il contient pour confirmer votre adresse.
register-done-spam = Si rien n’arrive dans quelques minutes, regardez dans vos indésirables ou demandez un nouveau lien.
register-done-to = Nous avons envoyé un message à { $email }, sauf si cette adresse ne peut pas être utilisée. Suivez le lien qu’il contient pour confirmer votre adresse.
register-wrong-address = Adresse erronée ? Inscrivez-vous de nouveau avec la bonne
confirm-already-title = Adresse déjà confirmée
confirm-already-body = Ce lien a déjà servi et l’adresse est confirmée. Connectez-vous pour continuer.
confirm-title = Recevoir un nouveau lien de confirmation
confirm-intro = Saisissez l’adresse utilisée lors de l’inscription.
confirm-submit = Envoyer le lien
confirm-resend-link = Vous n’avez pas reçu l’e-mail de confirmation ?
confirm-sent-title = Consultez votre messagerie
confirm-sent-body = Si un compte non confirmé utilise cette adresse, nous y avons envoyé un nouveau lien.
link-invalid-title = Ce lien ne peut pas être utilisé
link-invalid-body = Le lien est inconnu, a expiré ou a déjà servi. Vous pouvez en demander un nouveau.
sign-in-title = Se connecter
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-register = Pas encore de compte ? Inscrivez-vous
sign-in-wrong = L’adresse e-mail ou le mot de passe n’est pas correct.
sign-in-throttled = Trop de tentatives échouées. Attendez 15 minutes ou réinitialisez votre mot de passe.
sign-in-unconfirmed = Confirmez d’abord votre adresse e-mail : suivez le lien envoyé ou demandez-en un nouveau.
sign-in-closed = Ce compte a été fermé par les administrateurs.
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez votre adresse e-mail : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-title = Consultez votre messagerie
forgot-sent-body = Si un compte utilise cette adresse, nous y avons envoyé un lien. Il ne fonctionne qu’une fois et expire au bout d’une heure.
reset-title = Choisir un nouveau mot de passe
reset-intro = Après le changement, toutes vos sessions seront fermées et vous pourrez vous connecter avec le nouveau mot de passe.
reset-submit = Enregistrer le mot de passe

## Account
account-title = Votre compte
account-profile = Profil
account-status = Statut
account-since = Membre depuis
account-status-pending = En attente de vérification par un administrateur
account-status-approved = Membre vérifié
account-status-rejected = Fermé
account-organisations = Vos organisations
account-no-organisations = Vous n’appartenez encore à aucune organisation. Ajoutez la vôtre ou demandez à en rejoindre une depuis l’annuaire.
membership-requested = Demande d’adhésion (pas encore de rôle)
password-title = Changer votre mot de passe
password-intro = Vos autres sessions seront fermées.
password-submit = Changer le mot de passe
email-title = Changer votre adresse e-mail
email-intro = Votre adresse actuelle est { $email }. Nous enverrons un lien à la nouvelle adresse ; le changement aura lieu quand vous le suivrez.
email-submit = Envoyer le lien de confirmation
email-taken-body = Un autre compte utilise déjà cette adresse.
account-export = Télécharger vos données (JSON)
delete-title = Supprimer votre compte
delete-intro = Cela efface votre compte, vos sessions, vos jetons d’API et vos adhésions aux organisations.
delete-warning = Cette action est définitive.
delete-submit = Supprimer mon compte
tokens-title = Jetons d’API
tokens-intro = Les jetons d’accès personnels permettent à des programmes d’utiliser l’API du hub en votre nom. Envoyez-en un sous la forme « Authorization: Bearer … ».
tokens-create = Créer un jeton
tokens-created = Votre nouveau jeton figure ci-dessous. Copiez-le maintenant : il ne sera plus affiché.
tokens-your-token = Nouveau jeton
tokens-list = Vos jetons
tokens-none = Vous n’avez aucun jeton.
tokens-prefix = Commence par
tokens-created-at = Créé le
tokens-last-used = Dernière utilisation
tokens-state = État
tokens-revoke = Révoquer
tokens-revoked = Révoqué

## Organisations
orgs-title = Organisations
orgs-intro = Acheteurs publics, entreprises, ONG et organismes de recherche qui participent au hub.
orgs-filter-label = Filtrer les organisations
orgs-search = Le nom contient
people-found = { $count ->
    [0] Personne n’a été trouvé
    [one] Une personne trouvée
   *[other] { $count } personnes trouvées
}
orgs-found = { $count ->
    [0] Aucune organisation trouvée
    [one] Une organisation trouvée
   *[other] { $count } organisations trouvées
}
orgs-none = Essayez avec moins de filtres.
org-kind-public-authority = Pouvoir adjudicateur
org-kind-company = Entreprise
org-kind-ngo = Organisation non gouvernementale
org-kind-research = Organisme de recherche
org-kind-other = Autre
review-pending = En attente de vérification
review-approved = Approuvée
review-rejected = Refusée
role-owner = Responsable
role-editor = Éditeur
role-member = Membre
org-new-title = Ajouter une organisation
org-new-intro = Vous en serez le responsable. L’équipe d’administration vérifie chaque nouvelle organisation avant qu’elle n’apparaisse dans l’annuaire.
org-create-submit = Ajouter l’organisation
org-edit-title = Modifier l’organisation
org-about = Présentation
org-members = Membres
org-manage-members = Voir tous les membres
org-join = Demander à rejoindre
org-join-intro = Vous travaillez pour cette organisation ? Demandez à ses responsables de vous ajouter.
org-join-pending = Votre demande d’adhésion attend la réponse des responsables.
label-join-message = Message aux responsables (facultatif)
hint-join-message = Qui vous êtes et pourquoi vous demandez, pour qu’ils vous reconnaissent.
org-join-withdraw = Retirer ma demande
flash-join-withdrawn = Votre demande d’adhésion a été retirée.
org-sign-in-to-join = Connectez-vous pour demander à rejoindre
org-members-private = Seuls les membres voient qui appartient à cette organisation.
members-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
members-title = Membres de { $organisation }
members-intro = Acceptez une demande en attribuant un rôle. Les responsables gèrent les membres ; les éditeurs peuvent modifier le profil.
members-since = Depuis
members-actions = Actions
members-role-for = Rôle de { $name }
members-accept = Accepter
members-set-role = Changer le rôle
members-decline = Refuser
members-remove = Retirer
members-leave = Quitter cette organisation

## Administration
admin-title = Administration
admin-users-title = Personnes
admin-orgs-title = Organisations à vérifier
admin-audit-title = Journal d’audit
admin-audit-intro = Chaque décision, avec son auteur et sa date.
admin-jobs-title = Tâches de fond
admin-pending-users = { $count ->
    [0] Personne n’attend de vérification.
    [one] Une personne attend une vérification.
   *[other] { $count } personnes attendent une vérification.
}
admin-pending-orgs = { $count ->
    [0] Aucune organisation n’attend de vérification.
    [one] Une organisation attend une vérification.
   *[other] { $count } organisations attendent une vérification.
}
admin-jobs-due = { $count ->
    [one] { $count } tâche à exécuter
   *[other] { $count } tâches à exécuter
}
admin-jobs-retry = { $count ->
    [one] { $count } tâche en attente de nouvel essai
   *[other] { $count } tâches en attente de nouvel essai
}
admin-jobs-failing = Tâches en échec qui seront réessayées
admin-job-kind = Type
admin-job-attempts = Essais
admin-job-next = Prochain essai
admin-job-error = Dernière erreur
admin-status-filter = Statut
admin-queue-empty = Rien à afficher.
admin-registered = Inscription
admin-confirmed = E-mail confirmé
admin-approve = Approuver
admin-reject = Refuser
admin-note = Note à l’organisation
audit-filter-label = Filtrer le journal d’audit
audit-action = Action
audit-actor = Effectuée par (nom ou adresse électronique)
audit-target = Concernant
audit-target-user = Une personne
audit-target-organisation = Une organisation
audit-since = Du
audit-until = Au
audit-when = Date
audit-detail = Détail
audit-found = { $count ->
    [0] Aucune entrée
    [one] Une entrée
   *[other] { $count } entrées
}
audit-user-approved = Personne approuvée
audit-user-rejected = Personne refusée
audit-user-deleted = Compte supprimé
audit-admin-created = Administrateur créé
audit-organisation-created = Organisation créée
audit-organisation-updated = Organisation modifiée
audit-organisation-approved = Organisation approuvée
audit-organisation-rejected = Organisation refusée
audit-member-accepted = Membre accepté
audit-member-role-changed = Rôle modifié
audit-member-removed = Membre retiré
audit-member-request-declined = Demande d’adhésion refusée
audit-member-request-withdrawn = Demande d’adhésion retirée

## E-mail
mail-greeting = Bonjour { $name },
mail-signature = IPTF Hub — Innovation Procurement Task Force
mail-link-expiry = { $count ->
    [one] Le lien ne fonctionne qu’une fois et expire dans une heure.
   *[other] Le lien ne fonctionne qu’une fois et expire dans { $count } heures.
}
mail-not-you = Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.
mail-sign-in-action = Se connecter à IPTF Hub
mail-open-organisation = Ouvrir l’organisation
mail-admin-note = Note des administrateurs : { $note }
mail-confirm-subject = Confirmez votre adresse e-mail
mail-confirm-body = Bienvenue sur IPTF Hub. Veuillez confirmer votre adresse e-mail en suivant ce lien :
mail-confirm-action = Confirmer mon adresse
mail-reset-subject = Réinitialisez votre mot de passe
mail-reset-body = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte IPTF Hub. Pour choisir un nouveau mot de passe, suivez ce lien :
mail-reset-action = Choisir un nouveau mot de passe
mail-change-email-subject = Confirmez votre nouvelle adresse e-mail
mail-change-email-body = Vous avez demandé à utiliser cette adresse pour votre compte IPTF Hub. Pour confirmer, suivez ce lien :
mail-change-email-action = Confirmer la nouvelle adresse
mail-already-registered-subject = Vous avez déjà un compte
mail-already-registered-body = Quelqu’un a essayé de s’inscrire sur IPTF Hub avec votre adresse, qui a déjà un compte. Si c’était vous, connectez-vous ou réinitialisez votre mot de passe. Sinon, ignorez ce message.
mail-password-changed-subject = Votre mot de passe a été modifié
mail-password-changed-body = Le mot de passe de votre compte IPTF Hub vient d’être modifié. Si ce n’était pas vous, réinitialisez-le immédiatement et contactez les administrateurs.
mail-email-changed-subject = Votre adresse e-mail a été modifiée
mail-email-changed-body = Votre compte IPTF Hub utilise désormais une autre adresse e-mail. Si ce n’était pas vous, contactez les administrateurs.
mail-account-approved-subject = Vous êtes désormais membre vérifié
mail-account-approved-body = Un administrateur a approuvé votre compte IPTF Hub.
mail-account-rejected-subject = Votre compte a été fermé
mail-account-rejected-body = Un administrateur a fermé votre compte IPTF Hub.
mail-org-approved-subject = { $organisation } figure désormais dans l’annuaire
mail-org-approved-body = Un administrateur a approuvé { $organisation }. L’organisation apparaît maintenant dans l’annuaire du hub.
mail-org-rejected-subject = { $organisation } n’a pas été approuvée
mail-org-rejected-body = Un administrateur n’a pas approuvé { $organisation } pour l’annuaire.
mail-join-request-subject = Demande d’adhésion à { $organisation }
mail-join-request-body = { $person } ({ $email }) demande à rejoindre { $organisation }. Attribuez-lui un rôle pour accepter, ou refusez la demande.
mail-join-request-action = Examiner la demande
mail-join-request-message = Son message : « { $message } »
mail-join-declined-subject = Votre demande pour rejoindre { $organisation }
mail-join-declined-body = Les responsables de { $organisation } ont refusé votre demande pour la rejoindre. Vous pouvez trouver d’autres organisations dans l’annuaire, ou créer la vôtre.
mail-open-directory = Ouvrir l’annuaire
mail-join-accepted-subject = Bienvenue dans { $organisation }
mail-join-accepted-body = Votre demande d’adhésion à { $organisation } a été acceptée.
audit-organisation-deleted = Organisation supprimée
audit-user-password-reset = Mot de passe réinitialisé
audit-job-retried = Tâche relancée
error-last-owner-of = { $name } a besoin d’au moins un responsable. Désignez d’abord un autre membre comme responsable, ou retirez les autres membres.
error-out-of-range-days = Saisissez un nombre de jours entre 1 et { $limit }.
error-email-taken = Un autre compte utilise désormais cette adresse.
mail-tokens-revoked = { $count ->
    [one] Votre jeton d’API a été révoqué : créez-en un nouveau sur la page de votre compte si vous en avez encore besoin.
   *[other] Vos { $count } jetons d’API ont été révoqués : créez-en de nouveaux sur la page de votre compte si vous en avez encore besoin.
}
http-read-only-token-title = Jeton en lecture seule
http-read-only-token-detail = Ce jeton d’API ne permet que la lecture. Créez un jeton en lecture-écriture pour effectuer des modifications.
http-unavailable-title = Temporairement indisponible
http-unavailable-detail = Le hub ne peut pas joindre sa base de données pour le moment. Veuillez réessayer dans un instant.
admin-jobs-dead = { $count ->
    [one] Une tâche sans nouvel essai
   *[other] { $count } tâches sans nouvel essai
}
admin-job-state = État
admin-job-dead = Plus d’essai
admin-job-retry = Relancer
admin-job-retrying = Sera relancée
flash-job-retried = La tâche sera relancée sous peu.
token-scope-read = Lecture seule
token-scope-read-write = Lecture et écriture
label-token-scope = Portée
label-token-days = Expire après (jours)
hint-token-days = De 1 à { $count } jours. Laissez vide pour un jeton qui n’expire pas.
tokens-expires = Expiration
tokens-never = Jamais
confirm-link-title = Confirmez votre adresse e-mail
confirm-link-intro = Appuyez sur le bouton pour confirmer que cette adresse est la vôtre.
confirm-link-submit = Confirmer mon adresse
email-link-title = Confirmez votre nouvelle adresse e-mail
email-link-intro = Appuyez sur le bouton pour utiliser désormais cette adresse pour votre compte.
email-link-submit = Utiliser cette adresse
cancel = Annuler
confirm-remove-title = Retirer { $name } ?
confirm-remove-body = { $name } ne sera plus membre de { $organisation } et en sera informé par courriel.
confirm-decline-title = Refuser la demande de { $name } ?
confirm-decline-body = { $name } a demandé à rejoindre { $organisation }. La personne sera informée par courriel du refus.
confirm-leave-title = Quitter { $organisation } ?
confirm-leave-body = Vous ne serez plus membre de { $organisation }. Pour revenir, il faudra en refaire la demande.
confirm-reject-user-title = Refuser { $name } ?
confirm-reject-org-title = Refuser { $name } ?
confirm-reject-body = Le motif indiqué est envoyé à la personne par courriel, avec la manière de répondre, et conservé dans le journal d’audit.
confirm-reject-note = Motif
confirm-reject-hint = Par exemple : « Nous n’avons pas pu vérifier que vous travaillez pour cette organisation ; répondez avec un lien vers votre profil sur son site. »
mail-decision-reply = Pour poser une question sur cette décision ou envoyer ce qui manquait, répondez à ce message : il parvient à l’équipe de la plateforme ({ $contact }).
mail-decision-reply-site = Pour poser une question sur cette décision, écrivez à la Task Force sur les achats d’innovation via son site.
account-pending-next = La suite : un membre de l’équipe d’administration vérifie que vous relevez d’un acheteur public, d’un fournisseur ou d’une initiative membre, en général sous deux jours ouvrés. Vous recevrez la décision par courriel. D’ici là, vous pouvez utiliser la plateforme et créer ou rejoindre une organisation.
org-pending-next = La suite : l’équipe d’administration vérifie l’organisation, en général sous deux jours ouvrés, et ses responsables reçoivent la décision par courriel. D’ici là, elle n’est visible que de ses membres ; vous pouvez déjà compléter son profil.
org-withdraw = Retirer l’organisation
org-delete = Supprimer l’organisation
flash-org-deleted = L’organisation a été supprimée.
confirm-org-withdraw-title = Retirer { $organisation } ?
confirm-org-withdraw-body = { $organisation } attend encore la vérification. La retirer la supprime avec ses adhésions ; ses membres sont informés par courriel.
confirm-org-delete-title = Supprimer { $organisation } ?
confirm-org-delete-body = { $organisation } quitte définitivement l’annuaire, avec ses adhésions ; ses membres sont informés par courriel. Le journal d’audit en garde la trace.
org-rejected-next = Cette organisation n’a pas été approuvée ; le courriel reçu en donne le motif. Corrigez son profil et enregistrez-le pour la soumettre à nouveau.
mail-org-deleted-subject = { $organisation } a été supprimée
mail-org-deleted-body = { $person } a supprimé { $organisation } de la plateforme IPTF. Vous n’en êtes plus membre.

## Invitations
error-already-in-organisation = Cette personne est déjà membre de { $name }.
error-invitation-other-address = Cette invitation a été envoyée à { $name }. Connectez-vous avec cette adresse pour l’accepter.
error-invitation-has-account = Cette adresse a déjà un compte : connectez-vous pour accepter l’invitation.
error-invitation-not-open = Cette invitation a été utilisée, annulée ou a expiré.
flash-invitation-sent = L’invitation a été envoyée.
flash-invitation-cancelled = L’invitation a été annulée ; son lien ne fonctionne plus.
flash-invitation-accepted = Bienvenue ! Vous êtes maintenant membre.
invite-title = Inviter des collègues
invite-intro = Ils reçoivent un e-mail avec un lien pour rejoindre { $organisation }, même sans compte. Le lien est valable 14 jours.
label-invite-email = Son adresse e-mail
label-invite-message = Message (facultatif)
hint-invite-role = Les responsables gèrent les membres ; les éditeurs peuvent modifier le profil ; les membres sont listés.
hint-invite-message = Quelques mots joints à l’invitation, 1 000 caractères au plus.
invite-submit = Envoyer l’invitation
invitations-open = Invitations pas encore acceptées
invitations-sent = Envoyée
invitations-valid-until = Valable jusqu’au
invitation-expired-short = Expirée
invitation-resend = Renvoyer
invitation-cancel = Annuler
invitation-sent-by = par { $person }, le { $date }
invitation-title = Invitation à rejoindre { $organisation }
invitation-intro = { $person } vous invite ({ $email }) à rejoindre { $organisation } sur l’IPTF Hub en tant que { $role }.
invitation-org-pending = { $organisation } attend encore l’examen de la task force ; vous pouvez déjà la rejoindre et serez informé(e) quand elle sera publiée.
invitation-accept = Accepter et rejoindre
invitation-decline = Refuser l’invitation
invitation-register = Créez votre compte pour rejoindre : votre adresse, { $email }, est confirmée par ce lien.
invitation-register-submit = Créer mon compte et rejoindre
invitation-sign-in = Vous avez déjà un compte avec cette adresse : connectez-vous pour accepter.
invitation-sign-in-link = Se connecter pour accepter l’invitation
invitation-other-account = Cette invitation est destinée à { $email }, mais vous êtes connecté(e) en tant que { $current }. Déconnectez-vous et connectez-vous avec { $email } pour l’accepter, ou demandez une invitation pour { $current }.
invitation-used-title = Invitation déjà acceptée
invitation-used-body = Cette invitation à rejoindre { $organisation } a déjà été utilisée. Connectez-vous pour continuer.
invitation-expired-title = Invitation expirée
invitation-expired-body = Cette invitation à rejoindre { $organisation } a expiré ou a été annulée. Demandez-en une nouvelle à { $person }.
invitation-invalid-title = Invitation inconnue
invitation-invalid-body = Ce lien d’invitation n’est pas valable. Vérifiez que le lien a été copié en entier depuis l’e-mail.
invitation-declined-title = Invitation refusée
invitation-declined-body = Vous avez refusé l’invitation à rejoindre { $organisation }. Vous ne recevrez plus rien à ce sujet.
mail-invitation-subject = { $person } vous invite à rejoindre { $organisation } sur l’IPTF Hub
mail-invitation-body = { $person } ({ $email }) vous invite à rejoindre { $organisation } sur l’IPTF Hub, la plateforme de l’Innovation Procurement Task Force, en tant que { $role }.
mail-invitation-message = Son message : « { $message } »
mail-invitation-pending = { $organisation } attend encore l’examen de la task force ; vous pouvez déjà la rejoindre.
mail-invitation-expiry = { $count ->
    [one] Le lien ne fonctionne qu’une fois et expire dans un jour.
   *[other] Le lien ne fonctionne qu’une fois et expire dans { $count } jours.
}
mail-invitation-ignore = Si vous ne connaissez pas cette personne, ignorez cet e-mail ; une réponse lui parvient.
mail-invitation-action = Voir l’invitation
mail-invitation-accepted-subject = { $person } a rejoint { $organisation }
mail-invitation-accepted-body = { $person } a accepté votre invitation et est maintenant membre de { $organisation }.
mail-join-request-action-members = Voir les membres
audit-invitation-sent = Invitation envoyée
audit-invitation-cancelled = Invitation annulée
audit-invitation-accepted = Invitation acceptée
audit-invitation-declined = Invitation refusée
audit-review-information-requested = Informations complémentaires demandées

## One review of a newcomer and their organisation
review-intro = Chaque fiche est une seule décision : approuver une organisation approuve aussi les comptes des personnes venues avec elle. Les personnes inscrites sans organisation attendent sous Personnes.
review-people = Personnes
review-submitter = L’a soumise
review-registered = inscrite le { $date }
review-duplicates = Doublons possibles
review-no-duplicates = Aucun trouvé par nom ou domaine.
review-duplicate-name = même nom
review-duplicate-domain = même domaine
review-asked = Informations complémentaires demandées le { $date } par { $person } : « { $message } »
review-approve-all = Approuver l’organisation et les personnes
review-ask = Demander des informations
confirm-reject-close-accounts = Fermer aussi les comptes en attente des personnes venues avec elle (spam). Sinon, elles peuvent corriger l’organisation et la soumettre à nouveau.
ask-title = Demander des informations à { $organisation }
ask-intro = Votre message est envoyé par e-mail aux responsables de l’organisation ; leurs réponses arrivent dans la boîte de la task force. L’organisation reste dans la file.
label-ask-message = Votre question
hint-ask-message = Par exemple : « Merci d’indiquer le site web de votre organisation et votre fonction. » 2 000 caractères au plus.
ask-submit = Envoyer la question
flash-information-asked = Votre question a été envoyée aux responsables.
error-not-pending = Cette organisation n’attend plus d’examen.
mail-ask-subject = { $organisation } : la task force a besoin d’informations complémentaires
mail-ask-body = Merci d’avoir inscrit { $organisation } sur l’IPTF Hub. Avant de décider, la task force a besoin d’informations complémentaires :
mail-ask-message = « { $message } »
mail-ask-reply = Répondez à cet e-mail ou corrigez le profil de l’organisation sur le hub ; elle reste dans la file en attendant.
mail-ask-action = Modifier l’organisation
org-information-asked = La task force a demandé des informations complémentaires le { $date } : « { $message } » Répondez à son e-mail ou corrigez le profil.

## What companies sell (CPV)
label-cpv = Ce qu’elle vend (CPV)
hint-cpv = Entreprises : les divisions et groupes du Vocabulaire commun pour les marchés publics que les acheteurs utilisent dans leurs avis, 20 au plus. Ouvrez une division pour choisir ses groupes.
label-cpv-filter = Vend (division CPV)
tree-all-of = Tout « { $name } »
nuts-search = Chercher une région
nav-menu = Menu
invitation-message-from = { $person } écrit :

## Member initiatives
nav-initiatives = Initiatives
initiatives-title = Initiatives membres
initiatives-intro = Les projets et partenariats financés par l’UE qui forment la task force, leurs thèmes et leur audience.
initiatives-filter-label = Filtrer les initiatives
initiatives-search = Acronyme ou nom
initiatives-found = { $count ->
    [0] Aucune initiative trouvée.
    [one] Une initiative trouvée.
   *[other] { $count } initiatives trouvées.
}
reach-title = Ensemble, elles touchent
initiative-reach = Ses réseaux
reach-unknown = Pas encore indiqué.
reach-newsletter = { $count ->
    [one] un abonné à la lettre d’information
   *[other] { $n } abonnés à la lettre d’information
}
reach-social = { $count ->
    [one] un abonné sur les réseaux sociaux
   *[other] { $n } abonnés sur les réseaux sociaux
}
reach-partners = { $count ->
    [one] un partenaire
   *[other] { $n } partenaires
}
label-initiative-status = Statut
initiative-status-founding = Membre fondateur
initiative-status-member = Membre
initiative-status-former = Ancien membre
label-topic = Thème
label-topics = Thèmes du programme de formation
topic-guiding-principles = Principes directeurs
topic-legal-procedures = Connaissances juridiques et procédures
topic-market-consultation = Consultation préalable du marché
topic-pcp = Achats publics avant commercialisation (PCP)
topic-competitive-dialogue = Dialogue compétitif
topic-negotiation = Procédure concurrentielle avec négociation
topic-innovation-partnership = Partenariat d’innovation
topic-legal-questions = Questions juridiques
topic-risk-assessment = Évaluation des risques
initiative-edit = Modifier la page
initiative-about = Présentation
label-programme = Programme de financement de l’UE
label-period = Durée
label-contact = Contact
initiative-history = Historique des modifications
initiative-editors = Éditeurs
back-to-initiatives = Toutes les initiatives membres
back-to-initiative = Retour à l’initiative
label-acronym = Acronyme
label-initiative-name = Nom complet
label-summary = Résumé
hint-summary = Deux ou trois phrases, 500 caractères au plus.
hint-markdown = Markdown : **gras**, *italique*, [liens](https://…), listes et titres (## …).
hint-focus-areas = Un par ligne, 12 au plus.
label-starts-on = Date de début
label-ends-on = Date de fin
label-contact-name = Personne de contact
label-contact-email = Adresse e-mail de contact
label-reach-newsletter = Abonnés à la lettre d’information
label-reach-social = Abonnés sur les réseaux sociaux
label-reach-partners = Partenaires
hint-reach = Nombres entiers ; laissez vide si vous ne savez pas.
initiative-create = Ajouter l’initiative
initiative-new-title = Ajouter une initiative membre
initiative-edit-title = Modifier { $acronym }
initiative-history-title = Historique de { $acronym }
initiative-first-version = Première version
initiative-no-change = Enregistré sans modification
history-by = Par
history-changed = Modifications
initiative-field-acronym = acronyme
initiative-field-name = nom
initiative-field-summary = résumé
initiative-field-description = description
initiative-field-focus-areas = domaines d’action
initiative-field-sectors = secteurs
initiative-field-topics = thèmes
initiative-field-countries = pays
initiative-field-programme = programme
initiative-field-starts-on = date de début
initiative-field-ends-on = date de fin
initiative-field-website = site web
initiative-field-contact-name = personne de contact
initiative-field-contact-email = adresse de contact
initiative-field-status = statut
initiative-field-reach = audience
initiative-editors-title = Éditeurs de { $acronym }
initiative-editors-intro = Les éditeurs tiennent la page de l’initiative à jour et peuvent nommer d’autres éditeurs. Les administrateurs peuvent toujours la modifier.
initiative-no-editors = Pas encore d’éditeur.
editor-added-by = Nommé par
editor-remove = Retirer
editor-add = Nommer un éditeur
label-editor-email = Adresse e-mail de son compte
hint-editor-email = La personne doit avoir un compte sur le hub.
flash-editor-added = L’éditeur a été nommé et informé par e-mail.
flash-editor-removed = L’éditeur a été retiré.
error-acronym-taken = { $name } est déjà l’acronyme d’une initiative membre.
error-invalid-acronym = Utilisez seulement des lettres, chiffres, espaces et - & + .
error-no-account = Personne n’a encore de compte avec { $name }.
error-already-editor = { $name } est déjà éditeur.
error-not-a-number = Saisissez un nombre entier, par exemple 12500.
error-out-of-range = Saisissez un nombre entre 0 et { $limit }.
mail-editor-added-subject = Vous pouvez désormais modifier { $initiative } sur l’IPTF Hub
mail-editor-added-body = { $person } vous a nommé éditeur de { $initiative } : vous pouvez tenir sa page à jour et nommer d’autres éditeurs.
mail-editor-added-action = Modifier la page
audit-initiative-created = Initiative ajoutée
audit-initiative-updated = Initiative modifiée
audit-initiative-editor-added = Éditeur d’initiative nommé
audit-initiative-editor-removed = Éditeur d’initiative retiré

## People
nav-people = Personnes
people-title = Personnes
people-intro = Acheteurs, fournisseurs, experts et équipes des initiatives membres qui ont choisi d’avoir un profil public. Chacun décide de ce qu’il montre.
people-filter-label = Filtrer les personnes
people-search = Nom
label-language = Langue
label-languages = Langues parlées
label-expertise = Expertise
label-sort = Ordre
sort-name = Par nom
sort-recent = Les plus récemment mis à jour
back-to-people = Toutes les personnes
profile-title = Votre profil public
profile-intro = Rien de vous n’est public tant que vous ne le décidez pas, et alors seulement ce que vous cochez, champ par champ. Décochez ou retirez-le à tout moment : il disparaît aussitôt.
profile-public = Profil public
profile-public-yes = Montrer un profil public avec mon nom
hint-profile-public = Sans cela, vous n’êtes pas dans l’annuaire des personnes et rien de ce qui suit n’est montré.
profile-visibility = Visible ?
profile-show = Montrer ceci sur mon profil public
profile-see-public = Voir votre profil public
label-organisation = Organisation
label-role-title = Votre fonction
label-bio = Quelques mots sur vous
hint-bio = 1 000 caractères au plus.
label-eic = Conseil européen de l’innovation
label-eic-yes = Soutenue par l’EIC (Accelerator, Pathfinder ou Transition)
label-eic-filter = Soutien de l’EIC
eic-only = Seulement les entreprises soutenues par l’EIC
sort-newest = Les plus récentes d’abord
tree-search = Chercher ce qu’elle vend

## Logos et photos
error-image-empty = Choisissez un fichier image.
error-image-too-large = Le fichier dépasse 2 Mo. Choisissez une image plus légère.
error-image-format = Ce fichier n'est pas une image PNG, JPEG ou WebP. Choisissez l'un de ces formats.
error-image-too-big = L'image dépasse 2000 × 2000 pixels. Choisissez une image plus petite.
error-image-unreadable = Cette image est endommagée et ne peut pas être lue. Enregistrez-la de nouveau puis choisissez-la encore.
hint-image = PNG, JPEG ou WebP, 2 Mo et 2000 × 2000 pixels au plus. Nous ne gardons que les pixels : le fichier est décodé puis réenregistré.
image-current = L'image actuelle
image-upload = Téléverser
label-logo = Logo
logo-remove = Retirer le logo
logo-of = Logo de { $name }
initiative-logo-title = Logo de { $acronym }
initiative-logo-intro = Le logo figure sur la page de l'initiative et dans la liste des membres.
initiative-change-logo = Changer le logo
label-photo = Photo
photo-title = Votre photo
photo-intro = Votre photo figure sur votre profil public, si vous en avez un. Retirez-la à tout moment : elle disparaît aussitôt.
photo-remove = Retirer ma photo
photo-of = Photo de { $name }
profile-change-photo = Ajouter ou changer votre photo

## Adhérer à la task force
join-title = Demander à rejoindre la task force
join-intro = Les projets et partenariats financés par l'UE qui promeuvent les achats publics d'innovation peuvent rejoindre l'Innovation Procurement Task Force comme initiatives membres.
join-steps = Dites-nous qui vous êtes, pourquoi vous voulez nous rejoindre et ce que vous apportez. Les éditeurs des initiatives membres lisent votre candidature, la commentent et la soutiennent ; un administrateur l'accepte ou la refuse ensuite en donnant un motif. Nous vous écrivons à chaque étape, et vous pouvez la suivre sur sa page.
join-sign-in = Connectez-vous ou créez un compte pour candidater : vous serez le premier éditeur de la page de votre initiative.
initiatives-join = Demander à rejoindre
applications-title = Candidatures d'adhésion
applications-intro-members = Candidatures d'initiatives qui veulent nous rejoindre. Comme éditeur d'une initiative membre, vous pouvez les commenter et les soutenir.
applications-intro-own = Vos candidatures pour rejoindre la task force et leur état.
applications-none = Il n'y a pas encore de candidature.
label-application-summary = Qui vous êtes
label-motivation = Pourquoi vous voulez nous rejoindre
hint-motivation = Ce que vous attendez de la task force, en quelques phrases.
label-contribution = Ce que vous apportez
hint-contribution = Expertise, réseaux, événements, ressources que vous partageriez avec les autres membres.
application-submit = Envoyer la candidature
application-status-submitted = Envoyée
application-status-in-review = En examen
application-status-accepted = Acceptée
application-status-declined = Refusée
application-status-withdrawn = Retirée
application-applicant = Candidat
application-filed = Envoyée le
application-status = État
application-endorsements = Soutiens
application-title = Candidature de { $acronym }
application-filed-by = Envoyée par { $name }
application-endorsed-by = { $count ->
    [0] Aucun membre ne la soutient encore.
    [one] Un membre la soutient.
   *[other] { $n } membres la soutiennent.
}
application-decision = Décision
application-see-initiative = Voir la page de { $acronym }
application-who = Qui ils sont
application-letter = Leur lettre
application-notes = Commentaires des membres
application-no-notes = Pas encore de commentaire.
application-endorses = Soutient
application-you-endorse = Vous soutenez cette candidature.
application-add-note = Commenter ou soutenir
application-decide = Décider
application-withdraw = Retirer la candidature
label-note = Commentaire
hint-note = Les éditeurs des autres membres et les administrateurs le lisent ; le candidat ne le lit pas.
label-endorse = Soutien
endorse-as = Nous soutenons cette candidature ({ $initiatives })
note-submit = Envoyer
label-decision = Décision
decision-accept-application = Accepter : l'initiative devient membre
decision-decline-application = Refuser
label-reason = Motif
hint-decision-reason = Le candidat le lit dans le courriel qui lui annonce la décision.
decision-submit = Envoyer la décision
flash-application-sent = Votre candidature a été envoyée. Nous vous avons écrit ; vous pouvez la suivre ici.
flash-application-decided = La décision a été enregistrée et le candidat informé.
flash-application-withdrawn = La candidature a été retirée.
error-application-open = { $name } a déjà candidaté ; sa candidature est en cours d'examen.
error-too-many-applications = Vous avez déjà { $limit } candidatures en cours. Attendez une décision avant d'en envoyer une autre.
error-application-closed = Cette candidature a déjà été tranchée ou retirée.
error-already-endorsed = Vous soutenez déjà cette candidature.
mail-application-received-subject = Nous avons reçu la candidature de { $acronym }
mail-application-received-body = Merci d'avoir demandé à rejoindre l'Innovation Procurement Task Force avec { $acronym }. Les éditeurs des initiatives membres vont la lire ; nous vous écrirons quand elle sera examinée et quand elle sera tranchée.
mail-application-in-review-subject = La candidature de { $acronym } est en examen
mail-application-in-review-body = Des membres de la task force ont commencé à examiner la candidature de { $acronym }.
mail-application-accepted-subject = Bienvenue dans la task force, { $acronym }
mail-application-accepted-body = La candidature de { $acronym } a été acceptée : c'est désormais une initiative membre, et vous êtes l'éditeur de sa page. L'administrateur a écrit :
mail-application-accepted-action = Compléter votre page
mail-application-declined-subject = La candidature de { $acronym } a été refusée
mail-application-declined-body = La candidature de { $acronym } a été refusée. L'administrateur a écrit :
mail-application-new-subject = Nouvelle candidature d'adhésion : { $acronym }
mail-application-new-body = { $person } a demandé à rejoindre la task force avec { $acronym }.
mail-application-action = Voir la candidature
audit-application-submitted = Candidature envoyée
audit-application-accepted = Candidature acceptée
audit-application-declined = Candidature refusée
audit-application-withdrawn = Candidature retirée

## Groupes de travail
nav-groups = Groupes de travail
groups-title = Groupes de travail
groups-intro = Des communautés de pratique où acheteurs, fournisseurs et initiatives travaillent sur une question commune, comme les achats de santé ou la construction circulaire.
groups-none = Il n'y a pas encore de groupe de travail.
group-new-title = Lancer un groupe de travail
group-create = Lancer le groupe
group-open = Groupe ouvert
group-closed = Groupe fermé
group-open-choice = Ouvert : toute personne connectée peut le rejoindre
group-closed-choice = Fermé : les animateurs acceptent les demandes, et seuls les membres lisent les discussions
label-group-name = Nom du groupe
label-group-membership = Adhésion
label-roadmap = Feuille de route
hint-roadmap = Ce que le groupe prévoit de faire, et quand. Vous pouvez utiliser Markdown.
group-edit-title = Modifier { $name }
group-edit = Modifier le groupe
group-member-count = { $count ->
    [one] Un membre
   *[other] { $n } membres
}
group-thread-count = { $count ->
    [0] aucune discussion
    [one] une discussion
   *[other] { $n } discussions
}
group-led-by = animé par { $names }
thread-start = Lancer une discussion
group-members = Membres
group-leave = Quitter le groupe
group-request-waiting = Vous avez demandé à rejoindre le groupe ; un animateur vous répondra.
group-request-withdraw = Retirer ma demande
group-join = Rejoindre le groupe
group-request = Demander à rejoindre
group-sign-in-to-join = Connectez-vous pour rejoindre le groupe
group-about = À propos du groupe
group-no-roadmap = Le groupe n'a pas encore écrit sa feuille de route.
group-threads = Discussions
group-no-threads = Pas encore de discussion.
thread-reply-count = { $count ->
    [0] aucune réponse
    [one] une réponse
   *[other] { $n } réponses
}
group-closed-threads = Les discussions de ce groupe fermé sont réservées à ses membres.
group-mail-title = Courriels de ce groupe
group-mail-legend = M'envoyer un courriel
group-mail-all = pour les nouvelles discussions et les réponses dans celles que je suis
group-mail-none = jamais (je lis le groupe ici)
thread-follow = Suivre cette discussion
thread-unfollow = Ne plus suivre
thread-following-hint = Vous suivez cette discussion : les réponses vous parviennent par courriel si vous avez choisi les courriels de ce groupe.
thread-not-following-hint = Suivez cette discussion pour recevoir ses réponses par courriel.
label-reply = Répondre
back-to-group = Retour à { $name }
group-members-title = Membres de { $name }
group-requests = Demandes d'adhésion
group-no-requests = Personne n'attend.
group-accept = Accepter { $name }
group-decline = Refuser { $name }
group-since = Depuis
group-actions = Actions
group-role-leader = Animateur
group-role-member = Membre
group-make-member = Faire de { $name } un membre
group-make-leader = Faire de { $name } un animateur
group-remove = Retirer { $name }
group-back = Retour au groupe
label-thread-title = Titre
label-post = Message
thread-new-title = Nouvelle discussion dans { $name }
reply-send = Envoyer la réponse
former-member = ancien membre
error-group-name-taken = Un groupe s'appelle déjà { $name }.
error-last-leader = Un groupe a besoin d'un animateur : nommez d'abord un autre animateur.
error-already-group-member = Cette personne est déjà membre.
error-not-member = Cette personne n'est pas membre du groupe.
flash-group-joined = Vous êtes membre du groupe.
flash-group-requested = Votre demande a été envoyée aux animateurs du groupe.
flash-group-left = Vous n'êtes plus membre du groupe.
flash-reply-posted = Votre réponse a été publiée.
flash-thread-followed = Vous suivez cette discussion.
flash-thread-unfollowed = Vous ne suivez plus cette discussion.
mail-group-request-subject = Quelqu'un demande à rejoindre { $group }
mail-group-request-body = Une personne demande à rejoindre { $group }, que vous animez. Acceptez ou refusez la demande sur la page des membres.
mail-group-accepted-subject = Vous êtes membre de { $group }
mail-group-accepted-body = Un animateur de { $group } a accepté votre demande : vous pouvez désormais lire ses discussions et y participer.
mail-group-declined-subject = Votre demande d'adhésion à { $group }
mail-group-declined-body = Un animateur de { $group } a refusé votre demande d'adhésion.
mail-group-action = Ouvrir le groupe
mail-group-thread-subject = [{ $group }] { $title }
mail-group-thread-body = { $person } a lancé une discussion dans { $group } :
mail-group-reply-subject = Re : [{ $group }] { $title }
mail-group-reply-body = { $person } a répondu dans « { $title } » :
mail-group-why = Vous recevez ce courriel parce que vous êtes membre du groupe et avez choisi ses courriels. Vous pouvez changer cela sur la page du groupe.
mail-group-open-thread = Ouvrir la discussion

## Abonnements et tableau de bord
nav-dashboard = Tableau de bord
follow-name = Suivre { $name }
unfollow-name = Ne plus suivre { $name }
flash-followed = Vous le suivez désormais : ses nouvelles apparaissent sur votre tableau de bord.
flash-unfollowed = Vous ne le suivez plus.
follow-kind-initiative = Initiative
follow-kind-organisation = Organisation
follow-kind-group = Groupe de travail
follow-gone = (n'est plus sur le hub)
dashboard-title = Votre tableau de bord
dashboard-intro = Ce qui s'est passé récemment dans les initiatives, organisations, groupes de travail et thèmes que vous suivez, du plus récent au plus ancien.
dashboard-activity = Activité récente
dashboard-empty = Rien pour l'instant. Suivez des initiatives, organisations, groupes de travail ou thèmes pour voir leurs nouvelles ici.
dashboard-following = Vous suivez
dashboard-follow-hint = Utilisez le bouton « Suivre » sur la page d'une initiative, d'une organisation ou d'un groupe de travail.
dashboard-topics = Thèmes que vous suivez
hint-dashboard-topics = Les nouvelles sur ces thèmes arrivent sur votre tableau de bord, quel que soit leur auteur.
activity-initiative-updated = { $person } a mis à jour la page de
activity-initiative-joined = Une nouvelle initiative membre a rejoint la task force :
activity-organisation-approved = Une nouvelle organisation figure dans l'annuaire :
activity-organisation-updated = { $person } a mis à jour le profil de
activity-group-created = { $person } a lancé le groupe de travail
activity-thread-started = { $person } a lancé une discussion :
activity-reply-posted = { $person } a répondu dans
activity-unknown = Quelque chose a changé :

## Messages et blocages
nav-messages = Messages
messages-title = Messages
messages-intro = Vos conversations privées. Personne ne voit votre adresse électronique : on vous écrit ici, et nous vous envoyons seulement un lien.
messages-none = Aucune conversation pour l'instant. Écrivez à quelqu'un depuis son profil public, ou à une organisation depuis sa page.
messages-unread = nouveau
messages-with = Avec { $name }
messages-with-organisation = { $name } (ses personnes de contact)
messages-safety = Sécurité
message-write = Envoyer un message
message-write-organisation = Contacter cette organisation
message-new-title = Écrire à { $name }
message-new-intro = Votre adresse électronique reste privée. Le destinataire reçoit un courriel avec un lien vers la conversation, pas votre texte.
label-subject = Objet
label-message = Message
hint-message = 5 000 caractères au plus.
message-send = Envoyer
flash-message-sent = Votre message a été envoyé.
error-cannot-message = Vous ne pouvez pas écrire à cette personne.
error-cannot-block-self = Vous ne pouvez pas vous bloquer vous-même.
blocks-title = Personnes bloquées
blocks-intro = Les personnes que vous avez bloquées ne peuvent plus vous écrire. Elles n'en sont pas informées.
blocks-none = Vous n'avez bloqué personne.
block-name = Bloquer { $name }
unblock-name = Débloquer { $name }
flash-blocked = Bloqué : cette personne ne peut plus vous écrire.
flash-unblocked = Débloqué.
mail-message-subject = { $person } vous a envoyé un message sur l'IPTF Hub
mail-message-body = { $person } vous a écrit. Lisez le message et répondez sur le hub.
mail-message-why = Nous envoyons un seul courriel tant que vous n'avez pas lu la conversation ; le message lui-même reste sur le hub.
mail-message-action = Lire le message

## Signalements et modération
nav-moderation = Modération
report-link = Signaler
report-page = Signaler cette page
report-profile = Signaler ce profil
report-conversation = Signaler cette conversation
report-title = Signalement : { $name }
report-intro = Dites aux modérateurs ce qui ne va pas. Quand trois personnes signalent la même chose, elle est masquée jusqu'à ce qu'un modérateur l'examine.
report-kind-profile = Le profil public d'une personne
report-kind-group = La page d'un groupe de travail
report-kind-thread = Une discussion
report-kind-reply = Une réponse
report-kind-conversation = Une conversation
report-reply-in = Une réponse dans « { $title } »
label-report-reason = Ce qui ne va pas
hint-report-reason = Par exemple : spam, insultes, données personnelles, publicité. La personne signalée ne voit pas qui l'a signalée.
report-submit = Envoyer le signalement
flash-reported = Merci : les modérateurs vont l'examiner.
error-already-reported = Vous l'avez déjà signalé.
error-report-own = Vous ne pouvez pas signaler votre propre contenu.
moderation-hidden = Masqué le temps qu'un modérateur examine les signalements.
moderation-removed = Retiré par un modérateur.
moderation-gone = (n'est plus sur le hub)
moderation-title = Modération
moderation-intro = Ce qui a été signalé, le plus signalé d'abord. Un contenu signalé par trois personnes est masqué jusqu'à votre décision. L'auteur lit votre motif.
moderation-empty = Rien n'attend de décision.
moderation-about = Concerne { $name }
moderation-reports = { $count ->
    [one] Un signalement
   *[other] { $n } signalements
}
moderation-decide-on = Décider pour { $name }
moderation-decide-title = Décider pour { $name }
label-moderation-action = Décision
moderation-action-restore = Rétablir : les signalements n'étaient pas fondés
moderation-action-remove = Retirer le contenu
moderation-action-warn = Avertir son auteur (le contenu reste tel quel)
moderation-action-suspend = Suspendre son auteur
hint-moderation-reason = L'auteur le lit dans le courriel qui lui annonce votre décision ; il est conservé dans le journal d'audit.
label-suspend-days = Jours de suspension
hint-suspend-days = Pour une suspension seulement : de 1 à 365 jours.
flash-moderation-decided = La décision a été enregistrée et l'auteur informé.
error-already-decided = Un modérateur a déjà décidé.
error-no-author = Pas d'auteur à sanctionner : son compte n'existe plus.
moderators-title = Modérateurs
moderators-intro = Les modérateurs examinent les contenus signalés : ils les rétablissent, les retirent, avertissent leur auteur ou le suspendent. Les administrateurs sont aussi modérateurs.
moderators-none = Il n'y a pas encore de modérateur.
label-moderator-email = Adresse électronique du compte de la personne
moderator-add = Nommer un modérateur
moderator-remove = Retirer { $name } des modérateurs
sign-in-suspended = Votre compte est suspendu jusqu'au { $date }. Nous vous avons écrit pourquoi.
mail-moderation-restored-subject = Votre contenu est de nouveau visible
mail-moderation-restored-body = { $what } de votre part a été signalé ; un modérateur l'a examiné et rétabli. Le modérateur a écrit :
mail-moderation-removed-subject = Un modérateur a retiré votre contenu
mail-moderation-removed-body = { $what } de votre part a été signalé et un modérateur l'a retiré. Le modérateur a écrit :
mail-moderation-warned-subject = Un avertissement des modérateurs
mail-moderation-warned-body = { $what } de votre part a été signalé. Un modérateur vous demande de respecter les règles du hub :
mail-moderation-suspended-subject = Votre compte est suspendu
mail-moderation-suspended-body = { $what } de votre part a été signalé, et un modérateur a suspendu votre compte. Le modérateur a écrit :
mail-moderation-until = Vous pourrez vous reconnecter après le { $date }. Vous pouvez répondre à ce courriel.
audit-moderation-hidden = Contenu masqué (trois signalements)
audit-moderation-restored = Contenu rétabli
audit-moderation-removed = Contenu retiré
audit-moderation-warned = Auteur averti
audit-moderation-suspended = Compte suspendu
audit-moderator-named = Modérateur nommé
audit-moderator-removed = Modérateur retiré

## Ressources
nav-resources = Ressources
resources-title = Ressources
resources-intro = Guides, études de cas, modèles, enregistrements et plus, publiés par les initiatives membres et par les organisations du hub.
resources-filter-label = Filtrer les ressources
resources-search = Mots du titre
resources-found = { $count ->
    [0] Aucune ressource trouvée
    [one] Une ressource trouvée
   *[other] { $n } ressources trouvées
}
resource-new-title = Publier une ressource
resource-edit-title = Modifier { $title }
resource-edit = Modifier
resource-published-on = publiée le { $date }
resource-open-link = Ouvrir la ressource
resource-tags = Concerne aussi
resource-state-title = Publication
resource-state-draft = Brouillon
resource-state-published = Publiée
resource-state-archived = Archivée
resource-to-draft = Repasser en brouillon
resource-to-published = Publier
resource-to-archived = Archiver
flash-resource-saved = La ressource a été enregistrée.
flash-resource-published = La ressource est publiée.
flash-resource-archived = La ressource est archivée : elle n'apparaît plus dans la bibliothèque.
label-resource-kind = Type
label-publisher = Publiée par
label-resource-body = Texte
hint-resource-body = Markdown. Laissez vide si la ressource est un lien.
label-resource-link = Lien vers la ressource
label-audiences = Pour
label-procedures = Procédures
label-countries = Pays
audience-buyers = Acheteurs publics
audience-suppliers = Fournisseurs
audience-policy-makers = Décideurs politiques
resource-kind-article = Article
resource-kind-guide = Guide
resource-kind-toolkit = Boîte à outils
resource-kind-case-study = Étude de cas
resource-kind-template = Modèle
resource-kind-training = Support de formation
resource-kind-recording = Enregistrement
resource-kind-policy = Document d'orientation
resource-kind-report = Rapport
resource-kind-faq = FAQ
resource-history = Qui a changé quoi
resource-history-title = Historique de { $title }
resource-back = Retour à la ressource
resource-field-title = Titre
resource-field-kind = Type
resource-field-summary = Résumé
resource-field-body = Texte
resource-field-link = Lien
resource-field-tags = Langue et étiquettes
diff-removed = supprimé :
diff-added = ajouté :

## Recherche
nav-search = Rechercher
search-title = Rechercher
search-label = Rechercher dans les ressources, dans toute langue de l'UE
search-submit = Rechercher
search-found = { $count ->
    [0] Aucun résultat
    [one] Un résultat
   *[other] { $n } résultats
}
search-sort = Ordre :
search-sort-relevance = les plus pertinents
search-sort-date = les plus récents
search-narrow = Affiner le résultat
search-facet-kind = Type
search-facet-topic = Thème
search-facet-sector = Secteur
search-facet-language = Langue
search-facet-country = Pays
search-facet-initiative = Initiative
search-facet-year = Année
search-facet-clear = Tous
search-across = Trouvé par ses codes CPV ou ses thèmes, nommés dans une autre langue.
search-unknown-filter = Nous avons écarté le filtre « { $value } », que nous ne connaissons pas.
search-cut = Votre recherche était longue : nous en avons lu les { $n } premiers caractères.
search-fuzzy = Rien ne correspondait exactement ; ces résultats admettent une faute de frappe par mot long.

## Knowledge hub: case studies, translations, files, feeds
label-procedure = Type de procédure
label-initiative = Initiative membre
label-case-buyer = Acheteur public
hint-case-study = Pour les études de cas seulement : ce qui a été acheté et ce qui en est résulté. L’acheteur public, le pays et l’année sont requis pour une étude de cas.
label-case-country = Pays de l’acheteur
label-case-procedure = Procédure utilisée
label-case-year = Année d’attribution du marché
label-case-budget = Budget
label-case-currency = Monnaie du budget
label-case-results = Résultats
label-case-lessons = Enseignements
case-outcome = Résultat de l’achat
case-studies-title = Études de cas
case-studies-intro = Ce que des acheteurs publics ont acheté, comment, et ce qui en est résulté. Cochez de deux à quatre études de cas pour les comparer côte à côte.
case-compare-title = Études de cas côte à côte
case-compare-choose = Études de cas : cochez celles que vous voulez comparer
case-compare-pick = Comparer
case-compare-this = Comparer { $title }
case-compare-submit = Comparer les études de cas cochées
case-compare-few = Cochez au moins deux études de cas dans la liste pour les comparer.
resource-field-case = Résultat
size-mb = { $n } Mo
size-kb = { $n } Ko
resource-translate = Ajouter une traduction
resource-translate-title = Traduction de { $title }
resource-in-your-language = Cette ressource existe aussi dans votre langue :
resource-versions = Aussi en
resource-files = Fichiers
resource-files-manage = Fichiers joints
resource-files-title = Fichiers de { $title }
resource-files-intro = Joignez des documents à télécharger : PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) ou OpenDocument.
resource-files-none = Aucun fichier n’est encore joint.
label-file = Fichier
hint-file = PDF, DOCX, XLSX, PPTX, ODT, ODS ou ODP, { $mb } Mo au plus. Le contenu décide du type, pas le nom.
file-upload = Joindre le fichier
file-kind = Type
file-size = Taille
file-actions = Actions
file-remove = Retirer { $name }
resources-feed = Flux Atom de ces ressources
landscape-title = Carte du paysage
flash-resource-nothing-to-read = Une ressource publiée doit avoir un texte, un lien ou un fichier joint.
flash-file-added = Le fichier est joint.
flash-file-removed = Le fichier est retiré.
error-invalid-year = Indiquez une année entre 1990 et 2100.
error-invalid-amount = Indiquez un montant en chiffres, par exemple 250000 ou 1 250 000,50.
error-translation-exists = Cette ressource a déjà une version dans cette langue.
error-nothing-to-read = Écrivez un texte, donnez un lien ou joignez un fichier avant de publier.
error-file-empty = Choisissez un fichier.
error-file-too-large = Le fichier dépasse { $limit } Mo.
error-file-kind = Ce fichier n’est pas un document PDF, DOCX, XLSX, PPTX, ODT, ODS ou ODP (son contenu a été vérifié).
error-too-many-files = Une ressource a au plus { $limit } fichiers.
error-last-file = Une ressource publiée doit avoir un texte, un lien ou un fichier : c’est son dernier.
label-initiative-countries = Pays où elle agit
landscape-intro = Qui apporte une expertise sur chaque thème de l’achat d’innovation dans chaque pays de l’UE : les initiatives membres qui y agissent, les organisations qui ont publié sur le thème, les personnes qui montrent leur pays et leurs thèmes, et les ressources qui portent les deux. Les cases rose pâle sont des lacunes : rien encore.
landscape-show-label = Compter
landscape-show-all = Tout
landscape-show-initiatives = Initiatives membres
landscape-show-organisations = Organisations
landscape-show-people = Personnes
landscape-show-resources = Ressources
landscape-gaps = { $gaps } paires pays et thème sur { $pairs } n’ont encore rien.
landscape-svg-desc = Une grille avec une ligne par pays de l’UE et une colonne par thème ; plus la case est foncée, plus elle compte. { $gaps } cases sur { $pairs } sont des lacunes. Le tableau ci-dessous donne chaque nombre.
landscape-svg-caption = La grille en image ; le tableau ci-dessous contient les mêmes nombres, chacun étant un lien vers ce qu’il recouvre.
landscape-legend-gap = Rien (lacune)
landscape-legend-few = Peu
landscape-legend-many = Beaucoup
landscape-gaps-title = Lacunes par thème
landscape-topic-gaps = { $topic } : { $count ->
    [one] un pays sans rien
   *[other] { $count } pays sans rien
}
landscape-table-title = Nombres par pays et par thème
landscape-table-caption = Ce que chaque pays de l’UE a sur chaque thème (choisissez un nombre pour voir ce qu’il recouvre)
landscape-gap = lacune
landscape-count-initiatives = { $count ->
    [one] une initiative
   *[other] { $count } initiatives
}
landscape-count-organisations = { $count ->
    [one] une organisation
   *[other] { $count } organisations
}
landscape-count-people = { $count ->
    [one] une personne
   *[other] { $count } personnes
}
landscape-count-resources = { $count ->
    [one] une ressource
   *[other] { $count } ressources
}
landscape-cell-intro = Les initiatives membres, organisations, personnes et ressources qui apportent une expertise sur ce thème dans ce pays.
landscape-cell-none = Aucune pour l’instant.
landscape-cell-more = Plus de ressources sur ce thème
search-kind-organisation = Organisation
label-resource-cpv = Codes CPV
hint-resource-cpv = Codes du vocabulaire commun pour les marchés publics, à tout niveau, séparés par des virgules : 72000000-5, 33195100-4.
topics-title = Thèmes
topics-intro = Les ressources portent les neuf thèmes du programme de formation de la task force et les thèmes ajoutés ici. Un thème qu’aucune ressource n’utilise peut être retiré.
topics-curriculum = Les thèmes du programme
topics-added = Thèmes ajoutés
topics-none = Aucun thème n’a encore été ajouté.
topic-add = Ajouter un thème
topic-remove = Retirer { $name }
label-topic-en = Nom en anglais
label-topic-fr = Nom en français
label-topic-de = Nom en allemand
flash-topic-added = Le thème est ajouté.
flash-topic-removed = Le thème est retiré.
flash-topic-in-use = Des ressources portent ce thème : il reste.
error-topic-needs-letters = Utilisez des lettres ou des chiffres dans le nom anglais.
error-topic-in-use = Des ressources portent ce thème.
error-topic-curriculum = Les thèmes du programme restent.
admin-topics = Thèmes
resource-delete = Supprimer cette ressource
resource-delete-title = Supprimer { $title } ?
resource-delete-body = La ressource, ses versions et ses fichiers joints sont supprimés définitivement ; elle quitte la bibliothèque et la recherche. Ses traductions restent. Pour la retirer un temps, archivez-la plutôt.
flash-resource-deleted = La ressource est supprimée.

## Events
events-title = Événements
events-intro = Webinaires, formations, ateliers et réunions de la task force et de ses membres. Inscrivez-vous pour recevoir le lien de connexion et une entrée d’agenda.
events-filter-label = Filtrer les événements
events-found = { $count ->
    [one] Un événement à venir
   *[other] { $n } événements à venir
}
events-found-past = { $count ->
    [one] Un événement passé
   *[other] { $n } événements passés
}
events-upcoming = Événements à venir
events-past = Événements passés
events-feed = Flux d’agenda (iCalendar) de ces événements
event-new-title = Nouvel événement
event-edit = Modifier l’événement
event-edit-title = Modifier { $title }
event-when = Quand
event-seats = { $taken } places prises sur { $capacity }
event-seats-unlimited = Pas de limite de places
event-waiting-count = { $count ->
    [one] une personne en attente
   *[other] { $n } personnes en attente
}
event-registration = Inscription
event-register = S’inscrire
event-cancel-registration = Annuler mon inscription
event-sign-in-to-register = Connectez-vous pour vous inscrire
event-join = Rejoindre l’événement en ligne
event-add-to-calendar = Ajouter à mon agenda (.ics)
event-registration-confirmed = Vous êtes inscrit·e : votre place est confirmée.
event-registration-waiting = Vous êtes sur la liste d’attente ; vous recevrez un e-mail si une place se libère.
event-registration-cancelled = Vous avez annulé votre inscription.
event-participants = Participants
event-participants-none = Personne ne s’est encore inscrit.
event-participant-status = Inscription
event-state-title = État de l’événement
event-state-draft = Brouillon
event-state-published = Publié
event-state-cancelled = Annulé
event-state-finished = Terminé
event-to-draft = Repasser en brouillon
event-to-published = Publier
event-to-cancelled = Annuler l’événement
event-to-finished = Marquer comme terminé
event-kind-webinar = Webinaire
event-kind-info-session = Séance d’information
event-kind-training = Formation
event-kind-workshop = Atelier
event-kind-conference = Conférence
event-kind-matchmaking = Événement de mise en relation
event-kind-members-meeting = Réunion de mise à jour des membres
event-format-online = En ligne
event-format-onsite = Sur place
event-format-hybrid = Hybride
label-event-kind = Type d’événement
label-event-format = Format
label-event-venue = Lieu
label-event-address = Adresse
label-event-join-link = Lien de connexion
hint-event-join-link = Seuls les participants confirmés et les organisateurs le voient.
label-time-zone = Fuseau horaire de l’événement
label-event-starts = Début (heure locale de l’événement)
label-event-ends = Fin (heure locale de l’événement)
label-capacity = Places
hint-capacity = Laissez vide pour ne pas limiter. Quand toutes les places sont prises, les personnes rejoignent une liste d’attente.
label-registration-opens = Ouverture des inscriptions
label-registration-closes = Clôture des inscriptions
label-event-languages = Langues de l’événement
label-organiser = Organisateur
flash-event-saved = L’événement est enregistré.
flash-event-registered = Vous êtes inscrit·e : votre place est confirmée.
flash-event-waiting = Toutes les places sont prises : vous êtes sur la liste d’attente.
flash-event-already-registered = Vous êtes déjà inscrit·e à cet événement.
flash-event-registration-closed = Les inscriptions à cet événement ne sont pas ouvertes.
flash-event-cancelled-registration = Votre inscription est annulée.
flash-event-not-registered = Vous n’étiez pas inscrit·e à cet événement.
error-invalid-datetime = Indiquez une date et une heure, par exemple 2027-03-10T14:00.
error-time-does-not-exist = Cette heure n’existe pas dans le fuseau de l’événement (on avance alors les horloges). Choisissez une autre heure.
error-end-before-start = La fin doit venir après le début.
error-closes-before-opens = Les inscriptions doivent fermer après leur ouverture.
error-closes-after-end = Les inscriptions doivent fermer avant la fin de l’événement.
error-invalid-capacity = Indiquez un nombre entier de places de 1 à { $limit }, ou laissez vide pour ne pas limiter.
error-invalid-time-zone = Choisissez un fuseau horaire comme Europe/Brussels.
error-venue-needed = Indiquez le lieu ou l’adresse d’un événement sur place.
error-event-not-open = Cet événement n’est pas ouvert aux inscriptions.
error-registration-not-open-yet = Les inscriptions ne sont pas encore ouvertes.
error-registration-closed = Les inscriptions sont closes.
error-already-registered = Vous êtes déjà inscrit·e à cet événement.
error-not-registered = Vous n’êtes pas inscrit·e à cet événement.
mail-event-promoted-subject = Une place est pour vous : { $event }
mail-event-promoted-body = Une place s’est libérée pour « { $event } » et elle est pour vous : vous n’êtes plus sur la liste d’attente. Si vous ne pouvez pas venir, annulez votre inscription pour que la personne suivante l’obtienne.
mail-event-open = Ouvrir l’événement
nav-events = Événements
search-kind-event = Événement
event-status-confirmed = Place confirmée
event-status-waiting = Liste d’attente
event-status-cancelled = Annulée
event-participant-since = Inscrit·e le
event-participants-csv = Télécharger les participants (CSV)
event-remove-participant = Retirer { $name }
flash-event-participant-removed = Le participant est retiré ; la personne suivante en attente a la place.
mail-event-changed-subject = Modifié : { $event }
mail-event-changed-body = Les organisateurs ont modifié « { $event } », auquel vous êtes inscrit·e. Vérifiez l’heure, le lieu et les détails sur sa page.
mail-event-cancelled-subject = Annulé : { $event }
mail-event-cancelled-body = Les organisateurs ont annulé « { $event } », auquel vous êtes inscrit·e.
calendar-title = Mon flux d’agenda
calendar-intro = Une adresse privée à laquelle votre application d’agenda peut s’abonner : elle liste les événements auxquels vous êtes inscrit·e, avec le lien de connexion dès que votre place est confirmée. Quiconque a l’adresse les voit : gardez-la pour vous, et créez-en une nouvelle si elle a fuité.
calendar-new = Voici l’adresse de votre agenda. Elle n’est affichée que maintenant : copiez-la dans votre application d’agenda.
calendar-address = Adresse de votre flux d’agenda
calendar-active = Votre flux d’agenda est actif. Son adresse a été affichée à sa création.
calendar-make = Créer mon adresse d’agenda
calendar-replace = Créer une nouvelle adresse (l’ancienne cesse de fonctionner)
calendar-stop = Arrêter mon flux d’agenda
event-clashes-title = Au même moment
event-clashes-intro = Ces événements publiés ont lieu au même moment pour le même public ou sur le même thème. Envisagez un autre horaire avant de publier.
event-your-time = chez vous :
mail-event-confirmed-subject = Inscription : { $event }
mail-event-confirmed-body = Vous êtes inscrit·e à « { $event } » ({ $when }) ; votre place est confirmée. Le lien de connexion est sur la page de l’événement une fois connecté·e.
mail-event-waiting-subject = Sur la liste d’attente : { $event }
mail-event-waiting-body = Toutes les places de « { $event } » ({ $when }) sont prises : vous êtes sur la liste d’attente et vous recevrez un e-mail si une place se libère.
mail-event-calendar = Ajoutez-le à votre agenda : { $url }

# Events: registration forms, invitations, attendance, certificates, calendars, members' meetings
calendar-view-title = Calendrier des événements
calendar-count = { $count ->
    [0] Aucun événement sur cette période.
    [one] Un événement sur cette période.
   *[other] { $count } événements sur cette période.
}
calendar-list-view = Vue en liste
calendar-month-view = Vue par mois
calendar-week-view = Vue par semaine
calendar-nav-label = Périodes du calendrier
calendar-next-month = Mois suivant
calendar-prev-month = Mois précédent
calendar-next-week = Semaine suivante
calendar-prev-week = Semaine précédente
calendar-no-events = Aucun événement
calendar-week-of = Semaine du { $from } au { $to }
certificate-title = Attestation de participation
certificate-certifies = Nous attestons que
certificate-attended = a participé à l’événement
certificate-duration = Durée (heures:minutes)
certificate-issued = Délivrée le
certificate-print = Imprimer
certificate-verify = Chacun peut vérifier cette attestation à l’adresse { $url }
event-absent = Absents
event-agenda-caption = Programme (heures de { $zone })
event-agenda-time = Heure ({ $zone })
event-session = Session
event-speaker = Intervenant·e
event-approval-auto = Automatique : une place tant qu’il en reste
event-approval-organisers = Les organisateurs approuvent chaque inscription
event-approval-note = Les organisateurs approuvent chaque inscription ; vous recevrez leur décision par e-mail.
event-approve-participant = Approuver { $name }
event-reject-participant = Refuser { $name }
event-attendance-title = Présence
event-attendance-hint = Cochez les personnes venues ; les autres sont notées absentes.
event-attendance-save = Enregistrer la présence
event-attendance-rate = Taux de présence
event-attended = Présents
event-not-recorded = Non relevé
event-average-rating = Note moyenne { $average } sur 5, sur { $count } réponses.
event-back = Retour à l’événement
event-certificate-issued = attestation délivrée
event-certificates = Attestations délivrées
event-certificates-issue = Délivrer les attestations de participation aux présents
event-comments = Commentaires
event-count = Nombre
event-feedback-send = Envoyer mon avis
event-feedback-title = Votre avis sur { $title }
event-give-feedback = Donner votre avis sur cet événement
event-invitation-claimed = Inscrit·e
event-invitation-kept = Place réservée
event-invitation-withdraw = Retirer l’invitation de { $name }
event-invitations-intro = Chaque adresse invitée garde une place jusqu’à l’inscription de la personne ; les invités n’ont pas besoin d’approbation.
event-invitations-none = Personne n’est encore invité.
event-invitations-title = Invitations à { $title }
event-invite = Inviter
event-invite-more = Inviter des personnes
event-material = Présentations et enregistrements
event-resource-link = Lier
event-resource-link-label = Lier une ressource publiée
event-resource-unlink = Délier { $name }
event-message-recipients = { $count ->
    [one] un destinataire
   *[other] { $count } destinataires
}
event-message-send = Envoyer
event-message-title = Écrire aux participants de { $title }
event-message-to-confirmed = Participants dont la place est confirmée
event-message-to-everyone = Toutes les personnes inscrites, liste d’attente comprise
event-messages-sent = Messages envoyés
event-my-certificate = Votre attestation de participation
event-no-feedback = Pas encore d’avis.
event-question-n = Question { $n }
event-questions-intro = Demandez ce que vous devez savoir à l’inscription. Laissez une ligne vide pour l’ignorer ; videz le texte d’une question pour la supprimer.
event-questions-title = Formulaire d’inscription de { $title }
event-rating-n = { $n } sur 5
event-register-title = S’inscrire à { $title }
event-reminder-days = { $n } jours avant
event-reminder-hours = { $n ->
    [one] 1 heure avant
   *[other] { $n } heures avant
}
event-reminder-minutes = { $n } minutes avant
event-status-pending = En attente d’approbation
event-status-rejected = Refusée
event-registration-pending = Votre inscription attend l’approbation des organisateurs.
event-registration-rejected = Les organisateurs n’ont pas retenu votre inscription.
event-summary-attendance = Présence
event-summary-feedback = Avis des participants
event-summary-registrations = Inscriptions
event-summary-title = Bilan de { $title }
event-tools = Organiser
event-tools-invitations = Invitations et places réservées
event-tools-message = Écrire aux participants
event-tools-questions = { $count ->
    [0] Formulaire d’inscription (aucune question)
    [one] Formulaire d’inscription (une question)
   *[other] Formulaire d’inscription ({ $count } questions)
}
event-tools-summary = Bilan : inscriptions, présence, avis
event-with = avec { $names }
hint-agenda = Une session par ligne : 09:00-10:30 | Titre | Intervenant·e (ajoutez d’abord la date, 2027-03-11 09:00-10:30, pour un événement de plusieurs jours). Heures dans le fuseau de l’événement.
hint-co-organisers = Leurs éditeurs et membres peuvent gérer l’événement avec vous.
hint-feedback-comment = Ce qui était utile, ce qui manquait. Les organisateurs voient les commentaires sans votre nom.
hint-invite-emails = Adresses e-mail, séparées par des espaces, des virgules ou des lignes.
hint-question-choices = Pour les choix unique et multiple : un choix par ligne.
hint-speakers = Un·e intervenant·e par ligne : Nom | fonction et organisation
label-action = Action
label-action-due = Échéance
label-action-owner = Responsable
label-action-status = Statut
label-agenda = Programme
label-agenda-detail = Précisions
label-agenda-item = Point à l’ordre du jour
label-co-organisers = Co-organisateurs
label-comment = Commentaire
label-event-approval = Inscription
label-invite-emails = Adresses à inviter
label-message-to = Destinataires
label-question = Question
label-question-choices = Choix
label-question-kind = Type de réponse
label-question-required = Réponse obligatoire
label-rating = Note
label-reminders = E-mails de rappel
label-speakers = Intervenant·es
mail-event-certificate-open = Ouvrir votre attestation
mail-event-feedback-open = Donner votre avis
mail-event-invited-subject = Invitation : { $event }
mail-event-invited-body = Vous êtes invité·e à « { $event } » ({ $when }). Une place vous est réservée : inscrivez-vous sur la page de l’événement avec un compte à cette adresse.
mail-event-message-intro = Un message des organisateurs de « { $event } » :
mail-event-pending-subject = Inscription reçue : { $event }
mail-event-pending-body = Nous avons reçu votre inscription à « { $event } » ({ $when }). Les organisateurs approuvent chaque inscription ; vous recevrez leur décision par e-mail.
mail-event-approved-subject = Inscription approuvée : { $event }
mail-event-approved-body = Les organisateurs ont approuvé votre inscription à « { $event } » ({ $when }) ; votre place est confirmée.
mail-event-approved-waiting-subject = Approuvée, en liste d’attente : { $event }
mail-event-approved-waiting-body = Les organisateurs ont approuvé votre inscription à « { $event } » ({ $when }), mais toutes les places sont prises : vous êtes sur la liste d’attente et recevrez un e-mail si une place se libère.
mail-event-rejected-subject = Inscription non retenue : { $event }
mail-event-rejected-body = Les organisateurs de « { $event } » n’ont pas pu retenir votre inscription.
mail-event-reminder-subject = Rappel : { $event }
mail-event-reminder-body = « { $event } » a lieu { $when }. Le fichier d’agenda est joint ; le lien de connexion est sur la page de l’événement.
mail-event-feedback-subject = Votre avis : { $event }
mail-event-feedback-body = Merci d’avoir participé à « { $event } ». Deux minutes d’avis (une note et un commentaire) aident les organisateurs à s’améliorer.
mail-event-certificate-subject = Attestation de participation : { $event }
mail-event-certificate-body = Votre attestation de participation à « { $event } » est prête. Imprimez-la depuis sa page ; son adresse permet à chacun de la vérifier.
meeting-action-add = Noter une action
meeting-action-edit-title = Action : { $title }
meeting-action-title = Action issue de { $title }
meeting-actions = Actions
meeting-actions-all = Actions de toutes les réunions des membres
meeting-actions-intro = Ce que les membres se sont engagés à faire, de réunion en réunion, les actions ouvertes d’abord par échéance.
meeting-actions-none = Aucune action.
meeting-from = Réunion
meeting-items = Points proposés à l’ordre du jour
meeting-items-none = Aucun point proposé pour l’instant.
meeting-minutes = Compte rendu
meeting-minutes-none = Pas encore de compte rendu.
meeting-minutes-title = Compte rendu de { $title }
meeting-minutes-write = Rédiger le compte rendu
meeting-propose = Proposer un point à l’ordre du jour
meeting-propose-title = Proposer un point pour { $title }
question-kind-short = Texte court
question-kind-long = Texte long
question-kind-single = Choix unique
question-kind-multiple = Choix multiple
question-kind-yesno = Oui ou non
action-status-open = Ouverte
action-status-done = Faite
action-status-dropped = Abandonnée
flash-event-pending = Votre inscription est reçue ; les organisateurs vont l’examiner.
flash-event-questions-saved = Le formulaire d’inscription est enregistré.
flash-event-invited = Les invitations sont envoyées ; leurs places sont réservées.
flash-event-invitation-withdrawn = L’invitation est retirée.
flash-event-participant-approved = L’inscription est approuvée.
flash-event-not-pending = Cette inscription n’attend pas d’approbation.
flash-event-participant-rejected = L’inscription est refusée.
flash-event-attendance-saved = La présence est enregistrée.
flash-event-attendance-not-open = La présence se relève à partir d’une heure avant le début.
flash-event-certificates-issued = Les attestations sont délivrées aux présents et envoyées par e-mail.
flash-event-message-sent = Votre message est envoyé.
flash-event-resource-linked = La ressource est liée à l’événement.
flash-event-resource-invalid = Choisissez une ressource publiée.
flash-event-resource-unlinked = La ressource n’est plus liée.
flash-event-feedback-thanks = Merci pour votre avis.
flash-event-feedback-closed = L’avis est réservé aux participants, une fois l’événement terminé.
flash-meeting-item-added = Votre point est proposé.
flash-meeting-agenda-closed = La réunion a commencé : on ne peut plus proposer de point.
flash-meeting-minutes-saved = Le compte rendu est enregistré.
flash-meeting-action-saved = L’action est enregistrée.
error-too-many-questions = Un formulaire compte au plus { $limit } questions.
error-question-label-needed = La question { $name } doit avoir un texte.
error-question-kind-invalid = Choisissez le type de réponse de « { $name } ».
error-question-choices-needed = « { $name } » doit proposer de 2 à 20 choix différents, un par ligne.
error-answer-required = Répondez à « { $name } » : la réponse est obligatoire.
error-answer-invalid = La réponse à « { $name } » ne fait pas partie des choix ou est trop longue.
error-speaker-invalid = Vérifiez l’intervenant·e « { $name } » : un nom (200 caractères au plus), puis la fonction.
error-session-time-invalid = Indiquez les heures de la session « { $name } » sous la forme 09:00-10:30.
error-session-ends-before-start = La session « { $name } » se termine avant de commencer.
error-session-title-needed = Chaque session du programme doit avoir un titre.
error-invalid-email-in-list = « { $name } » n’est pas une adresse e-mail.
error-too-many-invitations = Les invitations ne peuvent pas réserver plus de places que l’événement n’en compte ({ $limit }).
error-invalid-rating = Choisissez une note de 1 à 5.
error-attendance-not-open = La présence se relève à partir d’une heure avant le début.
error-not-a-participant = La personne { $name } n’a pas de place confirmée à cet événement.
error-feedback-not-a-participant = Seuls les participants ayant eu une place peuvent donner leur avis.
error-feedback-not-open = L’avis s’ouvre à la fin de l’événement.
error-agenda-closed = La réunion a commencé : on ne peut plus proposer de point.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
error-registration-not-pending = Cette inscription n’attend pas d’approbation.
error-question-label-too-long = La question { $name } est trop longue : 300 caractères au plus.

# Challenges
challenges-title = Défis
challenges-intro = Les besoins non satisfaits des acheteurs publics, décrits comme des problèmes à résoudre et non comme des spécifications.
challenges-filter-label = Filtrer les défis
challenges-found = { $count ->
    [0] Aucun défi ne correspond.
    [one] Un défi.
   *[other] { $count } défis.
}
challenge-new-title = Publier un défi
challenge-edit = Modifier le défi
challenge-edit-title = Modifier { $title }
challenge-interest-until = Manifestations d’intérêt jusqu’au { $name }
challenge-log = Journal public
challenge-log-none = Rien n’est encore consigné.
challenge-log-state = Désormais : { $name }
challenge-log-change = Modifié : { $name }
challenge-observe = { $name } a aussi ce besoin
challenge-observe-stop = { $name } ne suit plus ce besoin
challenge-observers = Acheteurs ayant le même besoin
challenge-observers-none = Aucun autre acheteur ne l’a encore signalé.
challenge-route-unknown = Pas encore décidée
challenge-state-title = Faire avancer le défi
challenge-trl-n = TRL { $n }
hint-cpv-codes = Codes CPV 2008 séparés par des virgules, par exemple 33195100-4 (le chiffre de contrôle peut être omis).
hint-nuts-code = Un code NUTS 2021 du pays, par exemple BE21.
hint-outcomes = Ce qui doit s’améliorer, et comment vous le mesurerez.
hint-problem = Décrivez le problème, pas la solution que vous imaginez.
hint-question-deadline = Date limite des questions des fournisseurs ; à défaut, celle des manifestations d’intérêt.
hint-trl = Niveau de maturité technologique, de 1 (recherche fondamentale) à 9 (éprouvé en conditions réelles).
label-accepted-languages = Langues acceptées
label-budget = Budget
label-budget-min = Budget à partir de
label-budget-max = Budget jusqu’à
label-buyer = Acheteur
label-challenge-title = Titre du défi
label-confidentiality = Confidentialité
label-constraints = Contraintes
label-consultation-on = Consultation préalable du marché prévue
label-context = Contexte et situation actuelle
label-cpv-codes = Codes CPV
label-cpv-division = Division CPV
label-challenge-state = État
label-currency = Devise
label-interest-deadline = Date limite des manifestations d’intérêt
label-ip-terms = Propriété intellectuelle
label-outcomes = Résultats attendus et indicateurs
label-problem = Énoncé du problème
label-procurement-on = Lancement prévu de la procédure
label-question-deadline = Date limite des questions
label-route = Procédure envisagée
label-trl = Maturité attendue (TRL)
label-trl-min = Maturité à partir de
label-trl-max = Maturité jusqu’à
challenge-state-draft = Brouillon
challenge-state-open = Ouvert
challenge-state-consultation = En consultation préalable du marché
challenge-state-procurement = Procédure lancée
challenge-state-awarded = Clos : attribué
challenge-state-not-awarded = Clos : non attribué
challenge-state-cancelled = Clos : annulé
challenge-to-open = Publier (ouvrir)
challenge-to-consultation = Lancer la consultation préalable du marché
challenge-to-procurement = La procédure est lancée
challenge-to-awarded = Clore : attribué
challenge-to-not-awarded = Clore : non attribué
challenge-to-cancelled = Clore : annulé
challenge-to-draft = Repasser en brouillon
challenge-route-pcp = Achats publics avant commercialisation (PCP)
challenge-route-ppi = Achat public de solutions innovantes (PPI)
challenge-route-innovation-partnership = Partenariat d’innovation
challenge-route-competitive-dialogue = Dialogue compétitif
challenge-route-competitive-negotiation = Procédure concurrentielle avec négociation
challenge-route-open = Procédure ouverte
challenge-route-restricted = Procédure restreinte
challenge-part-title = titre
challenge-part-problem = énoncé du problème
challenge-part-context = contexte
challenge-part-outcomes = résultats attendus
challenge-part-constraints = contraintes
challenge-part-sectors = secteurs
challenge-part-cpv = codes CPV
challenge-part-budget = budget
challenge-part-timeline = calendrier
challenge-part-trl = maturité
challenge-part-route = procédure envisagée
challenge-part-place = lieu
challenge-part-languages = langues
challenge-part-ip_terms = propriété intellectuelle
challenge-part-confidentiality = confidentialité
flash-challenge-saved = Le défi est enregistré.
flash-challenge-state-not-allowed = Le défi ne peut pas passer à cet état depuis l’état actuel.
flash-challenge-observing = C’est noté : votre organisation a aussi ce besoin.
flash-challenge-not-observing = Votre organisation ne suit plus ce besoin.
error-invalid-cpv = « { $name } » n’est pas un code CPV 2008, ou son chiffre de contrôle est faux.
error-invalid-trl = Choisissez un niveau de maturité de 1 à 9.
error-trl-min-above-max = La maturité minimale dépasse la maximale.
error-budget-min-above-max = Le budget minimal dépasse le maximal.
error-deadline-in-past = Cette date limite est passée.
error-questions-after-interest = Les questions doivent être closes au plus tard à la date limite des manifestations d’intérêt.
error-procurement-before-consultation = La procédure ne peut pas commencer avant la consultation préalable du marché.
error-challenge-closed = Ce défi est clos et ne peut plus être modifié.
error-challenge-state-not-allowed = Depuis « { $name } », le défi ne peut pas passer à cet état.
error-challenge-not-open = Ce défi n’est pas ouvert.

## Solutions, matching and CPV help (issue 10)
nav-challenges = Défis
nav-solutions = Solutions
solutions-title = Solutions
solutions-intro = Ce que les fournisseurs innovants savent faire : des profils de solutions et de compétences, certains publiés anonymement jusqu'à ce que le fournisseur accepte la demande de contact d'un acheteur.
solutions-filter-label = Filtrer les solutions
solutions-found = { $count ->
    [0] Aucune solution ne correspond.
    [one] Une solution.
   *[other] { $count } solutions.
}
solution-new-title = Publier une solution
solution-edit-title = Modifier « { $title } »
solution-edit = Modifier le profil
solution-saved = Profil de solution enregistré.
flash-solution-saved = Profil de solution enregistré.
solution-state-draft = Brouillon
solution-state-published = Publiée
solution-state-archived = Archivée
solution-to-draft = Remettre en brouillon
solution-to-published = Publier
solution-to-archived = Archiver
solution-state-title = Publication
solution-countries-any = Tout pays de l'UE
solution-anonymous = Un fournisseur anonyme
solution-anonymous-badge = Anonyme
solution-eic = Soutenu par l'EIC
solution-trl-at-least = TRL { $n } ou plus
solution-matches = Défis auxquels cette solution correspond
label-eic-only = Fournisseurs soutenus par l'EIC seulement
label-country-served = Pays desservi
label-supplier = Fournisseur
label-solution-title = Nom de la solution
label-solution-summary = Ce qu'elle fait
label-solution-problem = Le problème qu'elle résout
label-countries-served = Pays desservis
hint-countries-served = Aucun coché : tout pays de l'UE.
label-regions-served = Régions NUTS desservies
hint-nuts-codes = Codes NUTS 2021 séparés par des virgules, p. ex. BE21, FR10 ; seulement s'ils sont plus précis que les pays.
label-references = Références et déploiements
label-certifications = Certifications
label-working-languages = Langues de travail
label-anonymous = Anonymat
label-anonymous-yes = Publier anonymement
hint-anonymous = Les acheteurs voient le profil mais pas votre entreprise tant que vous n'avez pas accepté leur demande de contact.
contact-title = Contacter le fournisseur
contact-requested-by = Demande de { $name }
label-on-behalf-of = Au nom de
label-contact-message = Message au fournisseur
contact-request = Demander un contact
contacts-title = Demandes de contact
contacts-none = Aucune demande de contact pour l'instant.
contact-accept = Accepter
contact-decline = Refuser
contact-state-pending = en attente du fournisseur
contact-state-accepted = acceptée
contact-state-declined = refusée
flash-contact-requested = Votre demande a été envoyée au fournisseur.
flash-contact-already-requested = Votre organisation a déjà demandé un contact.
flash-contact-message-required = Écrivez un message au fournisseur.
flash-contact-accepted = Demande acceptée : l'acheteur voit désormais votre entreprise.
flash-contact-declined = Demande refusée.
flash-contact-already-decided = Il a déjà été répondu à cette demande.
error-contact-already-requested = Votre organisation a déjà demandé un contact avec ce fournisseur.
error-contact-already-decided = Il a déjà été répondu à cette demande.
mail-contact-request-subject = { $name } demande un contact au sujet de « { $solution } »
mail-contact-request-body = { $name } souhaite être mis en contact avec vous au sujet de votre solution « { $solution } ». Acceptez pour lui montrer votre entreprise, ou refusez.
mail-contact-request-message = Son message : { $message }
mail-contact-request-open = Ouvrir la solution
mail-contact-accepted-subject = Contact accepté : « { $solution } »
mail-contact-accepted-body = Le fournisseur de « { $solution } » a accepté votre demande : il s'agit de { $name }.
mail-contact-declined-subject = Contact refusé : « { $solution } »
mail-contact-declined-body = Le fournisseur de « { $solution } » a refusé votre demande.
challenge-matches = Solutions qui correspondent à ce défi
matches-none = Aucune correspondance pour l'instant.
match-score = correspondance { $name }
match-why-words = Mêmes mots : { $name }
match-why-cpv-division = Même division CPV { $code } { $name }
match-why-cpv-group = Même groupe CPV { $code } { $name }
match-why-cpv-class = Même classe CPV { $code } { $name }
match-why-cpv-category = Même catégorie CPV { $code } { $name }
match-why-cpv-subcategory = Même code CPV { $code } { $name }
match-why-cpv-read = (lu dans le texte)
match-why-sectors = Même secteur : { $name }
match-why-trl-within = TRL { $trl }, dans la fourchette attendue { $min }–{ $max }
match-why-trl-below = TRL { $trl }, en deçà de la fourchette attendue { $min }–{ $max }
match-why-trl-above = TRL { $trl }, au-delà de la fourchette attendue { $min }–{ $max }
match-why-geography = Dessert le pays de l'acheteur
match-why-languages = Travaille en { $name }
cpv-title = Codes CPV
cpv-intro = Le vocabulaire commun pour les marchés publics (CPV) classe ce qu'achètent les acheteurs publics : 9 454 codes répartis en divisions, groupes, classes et catégories. Cherchez-les par mots ou par chiffres, ou laissez le hub vous suggérer des codes à partir de votre texte.
cpv-search-label = Chercher un code CPV
cpv-search-hint = Des mots du libellé (dans la langue de cette page) ou les premiers chiffres d'un code.
cpv-found = { $count ->
    [0] Aucun code trouvé.
    [one] Un code.
   *[other] { $count } codes (50 au plus affichés).
}
cpv-suggest-title = Suggérer des codes à partir d'un texte
cpv-suggest-label = Votre défi ou votre solution, dans n'importe quelle langue de l'UE
cpv-suggest-submit = Suggérer des codes
cpv-suggest-language = Lu en { $name }. Les meilleurs d'abord :
cpv-suggest-none = Aucun code trouvé pour ce texte.
cpv-suggest-because = en raison de : { $name }
cpv-divisions = Divisions
cpv-hierarchy = Place dans la hiérarchie
cpv-children = Codes en dessous
cpv-labels = Dans les 24 langues de l'UE
cpv-level-division = division
cpv-level-group = groupe
cpv-level-class = classe
cpv-level-category = catégorie
cpv-level-subcategory = sous-catégorie
search-kind-challenge = Défi
search-kind-solution = Solution

## Expressions of interest and clarification questions (issue 10)
interests-title = Manifestations d'intérêt
interest-express = Manifester son intérêt
interest-submit = Envoyer la manifestation d'intérêt
label-linked-solution = Solution
label-pitch = Votre présentation
hint-pitch = 3 000 caractères au plus. L'acheteur voit votre organisation avec elle.
label-decline-message = Message au fournisseur
interest-buyer-message = Message de l'acheteur : { $message }
interest-state-submitted = envoyée
interest-state-shortlisted = présélectionnée
interest-state-declined = non retenue
interest-state-invited = invitée à la co-création
interest-to-shortlisted = Présélectionner
interest-to-declined = Ne pas retenir
interest-to-invited = Inviter à la co-création
flash-interest-expressed = Votre manifestation d'intérêt a été envoyée à l'acheteur.
flash-interest-decided = Décision enregistrée ; le fournisseur a été prévenu.
flash-interest-closed = Les manifestations d'intérêt sont closes pour ce défi.
flash-interest-already-expressed = Votre organisation a déjà manifesté son intérêt.
flash-interest-decision-not-allowed = Cette manifestation d'intérêt ne peut pas recevoir cette décision maintenant.
error-interest-closed = Les manifestations d'intérêt sont closes pour ce défi.
error-interest-already-expressed = Votre organisation a déjà manifesté son intérêt pour ce défi.
error-interest-decision-not-allowed = Une manifestation d'intérêt { $name } ne peut pas recevoir cette décision.
questions-title = Demandes d'éclaircissement
questions-intro = Les fournisseurs peuvent en poser jusqu'au { $name }. Chaque réponse est publiée ici pour tous, l'auteur de la demande n'étant désigné que comme « un fournisseur » (égalité de traitement).
questions-none = Aucune demande d'éclaircissement pour l'instant.
question-asked = Un fournisseur a demandé le { $name } :
question-answered = Réponse du { $name } :
question-unanswered = Pas encore de réponse.
label-public-answer = Réponse publique
hint-public-answer = Tout le monde la voit, et toutes les personnes intéressées sont prévenues par courriel.
question-answer = Publier la réponse
label-clarification-question = Votre demande d'éclaircissement
hint-question = Publiée avec sa réponse ; votre organisation n'est pas indiquée.
question-ask = Demander
flash-question-asked = Votre demande a été envoyée ; sa réponse sera publique.
flash-question-answered = Réponse publiée ; toutes les personnes intéressées ont été prévenues.
flash-questions-closed = Les demandes d'éclaircissement sont closes pour ce défi.
flash-already-answered = Il a déjà été répondu à cette demande.
error-questions-closed = Les demandes d'éclaircissement sont closes pour ce défi.
error-already-answered = Il a déjà été répondu à cette demande.
challenge-log-question = Un fournisseur a posé une demande d'éclaircissement
challenge-log-answer = Une demande d'éclaircissement a reçu sa réponse
mail-challenge-open = Ouvrir le défi
mail-interest-subject = { $name } a manifesté son intérêt pour « { $challenge } »
mail-interest-body = { $name } a manifesté son intérêt pour votre défi « { $challenge } ». Sa présentation :
mail-interest-message = Message de l'acheteur : { $message }
mail-interest-shortlisted-subject = Présélection : « { $challenge } »
mail-interest-shortlisted-body = L'acheteur a présélectionné votre manifestation d'intérêt pour « { $challenge } ».
mail-interest-declined-subject = Non retenue : « { $challenge } »
mail-interest-declined-body = L'acheteur n'a pas retenu votre manifestation d'intérêt pour « { $challenge } ».
mail-interest-invited-subject = Invitation à co-créer : « { $challenge } »
mail-interest-invited-body = L'acheteur vous invite dans l'espace de co-création de « { $challenge } ».
mail-question-subject = Une demande d'éclaircissement sur « { $challenge } »
mail-question-body = Un fournisseur a posé une demande d'éclaircissement sur votre défi « { $challenge } ». Votre réponse sera publiée pour tous :
mail-answer-subject = Nouvelle réponse : « { $challenge } »
mail-answer-body = L'acheteur a répondu à une demande d'éclaircissement sur « { $challenge } ». La réponse est publique.
mail-answer-question = Demande d'un fournisseur : { $message }
mail-answer-answer = Réponse : { $message }
mail-change-subject = Modifié : « { $challenge } »
mail-change-body = L'acheteur a modifié le défi « { $challenge } » : { $name }.

## Co-creation space (issue 10)
space-open = Espace de co-création
space-title = Co-création : { $name }
space-intro = Réservé à l'acheteur et aux fournisseurs qu'il a invités. Chaque contact ici est conservé dans le registre ci-dessous.
space-threads = Discussions
space-threads-none = Aucune discussion pour l'instant.
space-reply = Répondre
space-send = Envoyer
space-new-thread = Ouvrir une discussion
space-files = Fichiers partagés
space-files-none = Aucun fichier partagé pour l'instant.
space-share-file = Partager le fichier
space-milestones = Jalons
space-milestones-none = Aucun jalon pour l'instant.
milestone-state-planned = prévu
milestone-state-done = atteint
milestone-state-dropped = abandonné
milestone-to-done = Marquer « { $name } » comme atteint
milestone-to-dropped = Abandonner « { $name } »
milestone-to-planned = Prévoir à nouveau « { $name } »
label-milestone = Jalon
label-due-on = Échéance
space-add-milestone = Ajouter le jalon
space-record = Registre des contacts
space-record-intro = Qui a fait quoi dans cet espace, et quand, pour le dossier de la procédure.
space-record-none = Aucun contact pour l'instant.
space-record-when = Quand
space-record-who = Qui
space-record-what = Quoi
space-record-thread = A ouvert la discussion « { $name } »
space-record-post = A écrit dans « { $name } »
space-record-file = A partagé le fichier { $name }
space-record-milestone = A fixé le jalon { $name }
space-record-milestone-done = A marqué « { $name } » comme atteint
space-record-milestone-dropped = A abandonné « { $name } »
space-record-milestone-planned = A prévu à nouveau « { $name } »
flash-space-saved = Enregistré.
mail-space-open = Ouvrir l'espace de co-création
mail-space-post-subject = Nouveau dans « { $name } » : { $challenge }
mail-space-post-body = Un nouveau message dans la discussion « { $name } » de l'espace de co-création de « { $challenge } » :
error-too-many-space-files = Un espace de co-création contient au plus { $limit } fichiers.

## Common needs, buyers' groups, feed (issue 10)
challenges-feed = Flux de ces défis (Atom)
common-needs-title = Besoins communs
common-needs-intro = Des défis ouverts d'acheteurs différents qui décrivent le même besoin, trouvés par le hub d'une langue à l'autre. Leurs acheteurs peuvent former un groupement d'acheteurs et acheter ensemble.
common-needs-none = Aucun besoin commun trouvé pour l'instant.
common-need-buyers = { $n ->
    [one] Un acheteur
   *[other] { $n } acheteurs
}
challenge-common-need = D'autres acheteurs ont ce besoin
buyer-group-form = Former un groupement d'acheteurs au nom de { $name }
label-buyer-group-name = Nom du groupement
buyer-group-invite = Inviter { $name }
buyer-group-create = Former le groupement
buyer-group-lead = Acheteur chef de file : { $name }
cross-border = transfrontalier
buyer-group-members = Acheteurs
buyer-group-state-invited = invité
buyer-group-state-member = membre
buyer-group-make-lead = Faire de { $name } le chef de file
buyer-group-invited = { $name } est invité dans ce groupement
buyer-group-accept = Accepter
buyer-group-decline = Refuser
buyer-group-joint = Défi commun
buyer-group-joint-none = Pas encore de défi commun. Le chef de file l'ouvre dès qu'au moins deux acheteurs sont membres.
buyer-group-joint-open = Ouvrir le défi commun
buyer-group-joint-title = Défi commun de { $name }
buyer-group-invite-more = Inviter un autre acheteur public
label-public-buyer = Acheteur public
buyer-group-send-invitation = Envoyer l'invitation
challenge-joint-by = Passation conjointe de marchés par { $name }
flash-buyer-group-saved = Enregistré.
flash-already-in-group = Cet acheteur est déjà dans le groupement ou invité.
flash-not-invited = Il n'y a pas d'invitation à laquelle répondre.
flash-joint-challenge-exists = Le groupement a déjà son défi commun.
flash-group-too-small = Un défi commun demande au moins deux acheteurs membres.
error-already-in-group = Cet acheteur est déjà dans le groupement ou invité.
error-not-invited = Il n'y a pas d'invitation à laquelle répondre.
error-joint-challenge-exists = Le groupement a déjà son défi commun.
error-group-too-small = Un défi commun demande au moins deux acheteurs membres.
mail-buyer-group-open = Ouvrir le groupement d'acheteurs
mail-buyer-group-invited-subject = Invitation au groupement d'acheteurs « { $name } »
mail-buyer-group-invited-body = Votre organisation est invitée à rejoindre le groupement d'acheteurs « { $name } » pour acheter ensemble. Acceptez ou refusez sur sa page.

dashboard-matches = Correspondances pour vos défis et solutions
match-new = nouveau

challenge-part-attachments = pièces jointes
cpv-suggested-title = Codes CPV que suggère votre texte
cpv-suggested-intro = Lus dans le texte, dans sa langue ; ajoutez ceux qui conviennent, ou cherchez-en d'autres dans le sélecteur.
cpv-add = Ajouter { $name }
challenge-files = Pièces jointes
challenge-files-none = Aucune pièce jointe.
challenge-attach = Joindre le document
