import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_stream" drop constraint if exists "live_stream_status_check";`);
    this.addSql(`alter table if exists "live_stream" add constraint "live_stream_status_check" check ("status" in ('scheduled', 'live', 'interrupted', 'ended', 'cancelled'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "live_stream" set "status" = 'live' where "status" = 'interrupted';`);
    this.addSql(`alter table if exists "live_stream" drop constraint if exists "live_stream_status_check";`);
    this.addSql(`alter table if exists "live_stream" add constraint "live_stream_status_check" check ("status" in ('scheduled', 'live', 'ended', 'cancelled'));`);
  }

}
