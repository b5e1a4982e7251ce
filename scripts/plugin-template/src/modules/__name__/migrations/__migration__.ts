import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class __migration__ extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "__name_snake___item" ("id" text not null, "title" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "__name_snake___item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX___name_snake___item_deleted_at" ON "__name_snake___item" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__name_snake___item" cascade;`);
  }

}
