import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201103046 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_group" add column if not exists "completed_at" timestamptz null;`);
    // Groups made before this column existed were finished checkouts.
    this.addSql(`update "order_group" set "completed_at" = "created_at" where "completed_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_group" drop column if exists "completed_at";`);
  }

}
