-- Platform probe: proves at startup that migrations run against jdbc/satudata. Kept on purpose:
-- the application's own migrations start at V1.
CREATE TABLE platform_probe (
    id INT PRIMARY KEY
);
