-- A person's photo (shown only on a public profile; removing it withdraws it). Logos and
-- photos are files under the data folder named by their content hash (`web::media`);
-- these columns hold that name, and the media route serves a file only while one of them
-- shows it publicly.
ALTER TABLE profiles ADD COLUMN photo TEXT;
CREATE INDEX profiles_photo_idx ON profiles(photo);
CREATE INDEX initiatives_logo_idx ON initiatives(logo);
