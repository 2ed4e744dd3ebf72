-- Views of each public dataset page (issue 6's "most viewed"), kept across restarts and added up
-- across instances: web.catalog.Catalog adds the views it counted every 30 seconds and when the
-- application stops.
create table dataset_view (
  dataset_name varchar(300) not null primary key,
  views        bigint       not null
);
