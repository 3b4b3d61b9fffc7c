CREATE TABLE "store_moves" (
	"store_id" uuid PRIMARY KEY NOT NULL,
	"step" text NOT NULL,
	"table_name" text,
	"rows" integer,
	"via" text NOT NULL,
	"target" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "store_moves" ADD CONSTRAINT "store_moves_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;