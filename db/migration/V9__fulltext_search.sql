-- Word indexes for the search of questions and answers. The search first takes the rows whose words
-- match through these indexes, then checks the exact phrase on those rows only, so it no longer reads
-- every question. The columns' utf8mb4_unicode_ci collation makes the index ignore case and accents.
ALTER TABLE question ADD FULLTEXT INDEX ft_question_body (body);
ALTER TABLE response ADD FULLTEXT INDEX ft_response_body (body);
