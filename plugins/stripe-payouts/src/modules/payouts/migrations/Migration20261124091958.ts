import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124091958 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_event" drop constraint if exists "stripe_event_event_id_unique";`);
    this.addSql(`alter table if exists "payout_adjustment" drop constraint if exists "payout_adjustment_key_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_stripe_account_id_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_vendor_id_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_order_id_unique";`);
    this.addSql(`alter table if exists "commission_rule" drop constraint if exists "commission_rule_scope_key_unique";`);
    this.addSql(`alter table if exists "bank_payout" drop constraint if exists "bank_payout_stripe_payout_id_unique";`);
    this.addSql(`create table if not exists "bank_payout" ("id" text not null, "vendor_id" text not null, "stripe_account_id" text not null, "stripe_payout_id" text not null, "amount" numeric not null, "currency_code" text not null, "status" text not null, "arrival_date" timestamptz null, "failure_code" text null, "failure_message" text null, "event_created" integer not null default 0, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_payout_stripe_payout_id_unique" ON "bank_payout" ("stripe_payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_payout_deleted_at" ON "bank_payout" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "vendor_id" text null, "product_category_id" text null, "currency_code" text null, "percentage" numeric not null default 0, "fixed_amount" numeric not null default 0, "include_tax" boolean not null default false, "include_shipping" boolean not null default false, "is_active" boolean not null default true, "description" text null, "scope_key" text not null, "raw_percentage" jsonb not null default '{"value":"0","precision":20}', "raw_fixed_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rule_scope_key_unique" ON "commission_rule" ("scope_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_vendor_id" ON "commission_rule" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_product_category_id" ON "commission_rule" ("product_category_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "vendor_id" text not null, "order_id" text not null, "order_group_id" text null, "currency_code" text not null, "gross_amount" numeric not null, "commission_amount" numeric not null, "net_amount" numeric not null, "refunded_amount" numeric not null default 0, "refunded_vendor_amount" numeric not null default 0, "refunded_commission_amount" numeric not null default 0, "status" text check ("status" in ('pending', 'due', 'processing', 'paid', 'failed', 'canceled')) not null default 'pending', "due_at" timestamptz null, "hold_reason" text null, "source_transaction" text null, "transfer_key" text null, "transfer_amount" numeric null, "transfer_id" text null, "reversed_amount" numeric not null default 0, "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "claimed_at" timestamptz null, "paid_at" timestamptz null, "raw_gross_amount" jsonb not null, "raw_commission_amount" jsonb not null, "raw_net_amount" jsonb not null, "raw_refunded_amount" jsonb not null default '{"value":"0","precision":20}', "raw_refunded_vendor_amount" jsonb not null default '{"value":"0","precision":20}', "raw_refunded_commission_amount" jsonb not null default '{"value":"0","precision":20}', "raw_transfer_amount" jsonb null, "raw_reversed_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_order_id_unique" ON "payout" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_vendor_id" ON "payout" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_status_due_at" ON "payout" ("status", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_order_group_id" ON "payout" ("order_group_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_line" ("id" text not null, "payout_id" text not null, "kind" text check ("kind" in ('item', 'shipping')) not null, "line_item_id" text null, "product_id" text null, "rule_id" text null, "quantity" integer not null default 1, "base_amount" numeric not null, "percentage" numeric not null, "fixed_amount" numeric not null, "amount" numeric not null, "raw_base_amount" jsonb not null, "raw_percentage" jsonb not null, "raw_fixed_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_payout_id" ON "commission_line" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_account" ("id" text not null, "vendor_id" text not null, "stripe_account_id" text not null, "status" text check ("status" in ('pending', 'active', 'restricted')) not null default 'pending', "country" text not null, "charges_enabled" boolean not null default false, "payouts_enabled" boolean not null default false, "details_submitted" boolean not null default false, "requirements" jsonb null, "synced_at" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_vendor_id_unique" ON "payout_account" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_stripe_account_id_unique" ON "payout_account" ("stripe_account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_adjustment" ("id" text not null, "payout_id" text not null, "key" text not null, "kind" text check ("kind" in ('reduction', 'reversal', 'external_reversal')) not null, "refund_amount" numeric not null, "vendor_amount" numeric not null, "commission_amount" numeric not null, "status" text check ("status" in ('pending', 'done', 'failed')) not null default 'pending', "stripe_reversal_id" text null, "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "reason" text null, "raw_refund_amount" jsonb not null, "raw_vendor_amount" jsonb not null, "raw_commission_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_adjustment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_adjustment_payout_id" ON "payout_adjustment" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_adjustment_key_unique" ON "payout_adjustment" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_adjustment_deleted_at" ON "payout_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stripe_event" ("id" text not null, "event_id" text not null, "type" text not null, "account" text null, "event_created" integer not null, "status" text check ("status" in ('processing', 'processed', 'failed')) not null default 'processing', "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_event_event_id_unique" ON "stripe_event" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_event_deleted_at" ON "stripe_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "commission_line" add constraint "commission_line_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "payout_adjustment" add constraint "payout_adjustment_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_payout_id_foreign";`);

    this.addSql(`alter table if exists "payout_adjustment" drop constraint if exists "payout_adjustment_payout_id_foreign";`);

    this.addSql(`drop table if exists "bank_payout" cascade;`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "commission_line" cascade;`);

    this.addSql(`drop table if exists "payout_account" cascade;`);

    this.addSql(`drop table if exists "payout_adjustment" cascade;`);

    this.addSql(`drop table if exists "stripe_event" cascade;`);
  }

}
