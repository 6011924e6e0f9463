-- Runs once, when the compose postgres volume is first initialised.
-- One login role and one database per service, both named after the service;
-- the role owns its database, so on PostgreSQL 15 it may create in schema public.
-- Passwords equal the role names: this file is for a local laptop stack only.
CREATE ROLE profile LOGIN PASSWORD 'profile';
CREATE DATABASE profile OWNER profile;

CREATE ROLE billing LOGIN PASSWORD 'billing';
CREATE DATABASE billing OWNER billing;

CREATE ROLE loyalty LOGIN PASSWORD 'loyalty';
CREATE DATABASE loyalty OWNER loyalty;

CREATE ROLE messaging LOGIN PASSWORD 'messaging';
CREATE DATABASE messaging OWNER messaging;

CREATE ROLE files LOGIN PASSWORD 'files';
CREATE DATABASE files OWNER files;

CREATE ROLE gateway LOGIN PASSWORD 'gateway';
CREATE DATABASE gateway OWNER gateway;
