-- Which of the person's messages a request opened with 🆘 carries, said on its card (handlers/cards.py): 'under' the
-- one the 🆘 was pressed under; 'earlier' one written before that in the conversation, which told of the trouble (read
-- as danger, or answered with an article on trouble abroad). NULL: the words written for the request itself.
ALTER TABLE cases ADD COLUMN message_said TEXT;
