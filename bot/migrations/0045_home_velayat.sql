-- The velayat a person abroad said they are from ("i am from dashoguz, now in dubai"), shown on their 🆘 card beside
-- the country. The case's velayat is where the person is, 'abroad' for them: the referral's consent, the specialists'
-- home visits and the figures by velayat read it, and never take a person in Dubai for one in Daşoguz. With the
-- country it narrows a person down, so /forget and retention wipe it with the contact details (bot/storage/privacy.py).
ALTER TABLE cases ADD COLUMN home_velayat TEXT;
-- 🆘 requests from abroad stored before this kept the home velayat (or none) as the case's velayat. A forgotten
-- person's case (no user id) keeps no home velayat.
UPDATE cases SET home_velayat = CASE WHEN user_id IS NOT NULL AND velayat != 'abroad' THEN velayat END,
                 velayat = 'abroad'
WHERE country IS NOT NULL AND velayat IS NOT 'abroad'
  AND EXISTS (SELECT 1 FROM audit WHERE audit.case_id = cases.id AND audit.action = 'opened:sos');
