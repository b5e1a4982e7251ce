import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124102909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_stream_product" drop constraint if exists "live_stream_product_stream_id_product_id_unique";`);
    this.addSql(`create table if not exists "live_stream" ("id" text not null, "vendor_id" text not null, "title" text not null, "description" text null, "cover_image" text null, "status" text check ("status" in ('scheduled', 'live', 'ended', 'cancelled')) not null default 'scheduled', "scheduled_at" timestamptz null, "started_at" timestamptz null, "ended_at" timestamptz null, "stream_key_hash" text not null, "stream_key_hint" text not null, "peak_viewers" integer not null default 0, "current_viewers" integer not null default 0, "has_replay" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_stream_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_deleted_at" ON "live_stream" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_vendor_id" ON "live_stream" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_status_scheduled_at" ON "live_stream" ("status", "scheduled_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_stream_product" ("id" text not null, "stream_id" text not null, "product_id" text not null, "position" integer not null default 0, "pinned_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_stream_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_product_stream_id" ON "live_stream_product" ("stream_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_product_deleted_at" ON "live_stream_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_stream_product_stream_id_product_id_unique" ON "live_stream_product" ("stream_id", "product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "live_stream_product" add constraint "live_stream_product_stream_id_foreign" foreign key ("stream_id") references "live_stream" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_stream_product" drop constraint if exists "live_stream_product_stream_id_foreign";`);

    this.addSql(`drop table if exists "live_stream" cascade;`);

    this.addSql(`drop table if exists "live_stream_product" cascade;`);
  }

}
