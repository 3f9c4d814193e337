import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795420138992 implements MigrationInterface {
  name = 'Initial1795420138992';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`announcement\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(100) NOT NULL, \`body\` text NOT NULL, \`audience\` text NOT NULL, \`scheduledAt\` datetime(3) NULL, \`status\` varchar(10) NOT NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`sentAt\` datetime(3) NULL, INDEX \`IDX_2afe42612a5caa44a0ee3bb0ae\` (\`status\`, \`scheduledAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_log\` (\`id\` int NOT NULL AUTO_INCREMENT, \`actorType\` varchar(10) NOT NULL, \`actorId\` varchar(128) NULL, \`action\` varchar(64) NOT NULL, \`targetType\` varchar(32) NOT NULL, \`targetId\` varchar(64) NULL, \`detail\` text NULL, \`at\` datetime(3) NOT NULL, INDEX \`IDX_7c0cca6e6369db3a240aa4cf13\` (\`targetType\`, \`targetId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`bill\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`feeType\` varchar(16) NOT NULL, \`period\` varchar(10) NOT NULL, \`amountDue\` int NOT NULL, \`amountPaid\` int NOT NULL DEFAULT '0', \`dueDate\` varchar(10) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_e6578613fd56e9eba3e3e00b18\` (\`unitId\`, \`feeType\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`binding_attempt\` (\`id\` int NOT NULL AUTO_INCREMENT, \`channel\` varchar(20) NOT NULL, \`senderId\` varchar(128) NOT NULL, \`unitCode\` varchar(64) NOT NULL, \`success\` tinyint NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`IDX_6a2013a4cb8dbf52684d32ad6b\` (\`unitCode\`, \`at\`), INDEX \`IDX_6648a93ab37242c2ba1f5a3835\` (\`channel\`, \`senderId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`booking\` (\`id\` int NOT NULL AUTO_INCREMENT, \`number\` varchar(20) NOT NULL, \`roomId\` int NOT NULL, \`startAt\` datetime(3) NOT NULL, \`endAt\` datetime(3) NOT NULL, \`attendees\` int NULL, \`status\` varchar(12) NOT NULL, \`ownerId\` int NULL, \`bookerChannel\` varchar(20) NOT NULL, \`bookerId\` varchar(128) NOT NULL, \`remindedAt\` datetime(3) NULL, \`createdAt\` datetime(3) NOT NULL, \`cancelledAt\` datetime(3) NULL, UNIQUE INDEX \`IDX_b9dae401653026cdb377b9024d\` (\`number\`), INDEX \`IDX_96f594bdf5007064206f5a3531\` (\`roomId\`, \`startAt\`), INDEX \`IDX_d3741962e5e17cfeae0d4af297\` (\`bookerChannel\`, \`bookerId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`booking_slot\` (\`id\` int NOT NULL AUTO_INCREMENT, \`roomId\` int NOT NULL, \`slotStart\` datetime(3) NOT NULL, \`bookingId\` int NOT NULL, INDEX \`IDX_8af0c732672ef4ccbc9d8a8145\` (\`bookingId\`), UNIQUE INDEX \`IDX_aa7e77ac141b68ca8cca3e47de\` (\`roomId\`, \`slotStart\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`building\` (\`id\` int NOT NULL AUTO_INCREMENT, \`estateId\` int NOT NULL, \`code\` varchar(20) NOT NULL, UNIQUE INDEX \`IDX_3917a5b393bd5f4a65e68b59f3\` (\`estateId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`canned_reply\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(60) NOT NULL, \`text\` text NOT NULL, \`sortOrder\` int NOT NULL DEFAULT '0', \`updatedBy\` int NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`channel_identity\` (\`id\` int NOT NULL AUTO_INCREMENT, \`channel\` varchar(20) NOT NULL, \`externalId\` varchar(128) NOT NULL, \`ownerId\` int NULL, \`unitId\` int NULL, \`boundAt\` datetime(3) NULL, \`createdAt\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_6d92739792d5f7f0c2a83d070c\` (\`channel\`, \`externalId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`conversation\` (\`id\` varchar(36) NOT NULL, \`channel\` varchar(20) NOT NULL, \`senderId\` varchar(128) NOT NULL, \`mode\` varchar(10) NOT NULL DEFAULT 'bot', \`state\` text NULL, \`turn\` int NOT NULL DEFAULT '0', \`lastMessageAt\` datetime(3) NOT NULL, \`createdAt\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_6653e4eb09811aeb5637e4732f\` (\`channel\`, \`senderId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`escalation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`conversationId\` varchar(36) NULL, \`ticketId\` int NULL, \`reason\` varchar(20) NOT NULL, \`priority\` int NOT NULL, \`status\` varchar(10) NOT NULL, \`summary\` text NULL, \`claimedBy\` int NULL, \`slaDueAt\` datetime(3) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`claimedAt\` datetime(3) NULL, \`resolvedAt\` datetime(3) NULL, INDEX \`IDX_978635981a5325e13038c0ebf3\` (\`status\`, \`priority\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`estate\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, UNIQUE INDEX \`IDX_7fb3bf820dcc5a3b53c5afb55a\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`follow_up\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ticketId\` int NOT NULL, \`conversationId\` varchar(36) NULL, \`status\` varchar(10) NOT NULL, \`score\` int NULL, \`remark\` text NULL, \`sentAt\` datetime(3) NOT NULL, \`answeredAt\` datetime(3) NULL, UNIQUE INDEX \`IDX_77bf7b9ff74253e1f570cc80af\` (\`ticketId\`), INDEX \`IDX_329f781f01a3889bc67cb731ff\` (\`conversationId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`job_run\` (\`key\` varchar(120) NOT NULL, \`instance\` varchar(64) NOT NULL, \`claimedAt\` datetime(3) NOT NULL, PRIMARY KEY (\`key\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`meeting_room\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(50) NOT NULL, \`capacity\` int NOT NULL, \`location\` varchar(100) NOT NULL DEFAULT '', \`opensAt\` varchar(5) NOT NULL DEFAULT '08:00', \`closesAt\` varchar(5) NOT NULL DEFAULT '21:00', \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`IDX_dfc2620658cc3beda12ae1068b\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`message\` (\`id\` int NOT NULL AUTO_INCREMENT, \`conversationId\` varchar(36) NOT NULL, \`direction\` varchar(3) NOT NULL, \`externalId\` varchar(128) NULL, \`author\` varchar(10) NOT NULL, \`staffId\` int NULL, \`text\` text NOT NULL, \`intent\` varchar(40) NULL, \`replyToId\` int NULL, \`pushed\` tinyint NOT NULL DEFAULT 0, \`private\` tinyint NOT NULL DEFAULT 0, \`at\` datetime(3) NOT NULL, INDEX \`IDX_68d03e892ab743f60d28f3362e\` (\`conversationId\`, \`id\`), UNIQUE INDEX \`IDX_161b9ec3986e0eb6c618d278be\` (\`conversationId\`, \`externalId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`outbox\` (\`id\` int NOT NULL AUTO_INCREMENT, \`channel\` varchar(20) NOT NULL, \`recipient\` varchar(128) NOT NULL, \`messageId\` int NULL, \`text\` text NOT NULL, \`status\` varchar(10) NOT NULL DEFAULT 'pending', \`attempts\` int NOT NULL DEFAULT '0', \`nextAttemptAt\` datetime(3) NOT NULL, \`lockedBy\` varchar(64) NULL, \`lockedUntil\` datetime(3) NULL, \`lastError\` text NULL, \`createdAt\` datetime(3) NOT NULL, \`sentAt\` datetime(3) NULL, INDEX \`IDX_9c73258b2a06124401a84076b2\` (\`status\`, \`nextAttemptAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`owner\` (\`id\` int NOT NULL AUTO_INCREMENT, \`unitId\` int NOT NULL, \`name\` varchar(50) NOT NULL, \`phone\` varchar(20) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_3c629a27fadbb87aedaac29548\` (\`unitId\`, \`phone\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`payment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`billId\` int NOT NULL, \`unitId\` int NOT NULL, \`amount\` int NOT NULL, \`method\` varchar(20) NOT NULL DEFAULT 'import', \`paidAt\` datetime(3) NOT NULL, INDEX \`IDX_79e3942b831c3a9509244ba348\` (\`unitId\`, \`paidAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`sequence_counter\` (\`key\` varchar(40) NOT NULL, \`value\` int NOT NULL, PRIMARY KEY (\`key\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`staff_account\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`displayName\` varchar(64) NOT NULL DEFAULT '', \`role\` varchar(20) NOT NULL, \`passwordHash\` varchar(255) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_a7c945e39de97ad2b20e719fc2\` (\`username\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`staff_login_failure\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`ip\` varchar(64) NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`IDX_f99791e8b5eed8ede35fecdf4b\` (\`ip\`, \`at\`), INDEX \`IDX_8e6b7df8b7891923c120900765\` (\`username\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`staff_token\` (\`id\` int NOT NULL AUTO_INCREMENT, \`tokenHash\` varchar(64) NOT NULL, \`staffId\` int NOT NULL, \`expiresAt\` datetime(3) NOT NULL, \`createdAt\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_3c58f3fd0664733a5e7668b6ce\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`ticket\` (\`id\` int NOT NULL AUTO_INCREMENT, \`number\` varchar(32) NOT NULL, \`type\` varchar(12) NOT NULL, \`category\` varchar(32) NOT NULL, \`status\` varchar(16) NOT NULL, \`priority\` int NOT NULL DEFAULT '3', \`unitId\` int NULL, \`place\` varchar(100) NULL, \`description\` text NOT NULL, \`preferredTime\` varchar(100) NULL, \`ownerId\` int NULL, \`reporterChannel\` varchar(20) NOT NULL, \`reporterId\` varchar(128) NOT NULL, \`conversationId\` varchar(36) NULL, \`assigneeId\` int NULL, \`serious\` tinyint NOT NULL DEFAULT 0, \`repeatOfId\` int NULL, \`dispatchDueAt\` datetime(3) NULL, \`notifyDueAt\` datetime(3) NULL, \`arriveDueAt\` datetime(3) NULL, \`resolveDueAt\` datetime(3) NULL, \`satisfaction\` int NULL, \`satisfactionRemark\` text NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`closedAt\` datetime(3) NULL, UNIQUE INDEX \`IDX_a8d5171cdff59b4d6fc2c6d092\` (\`number\`), INDEX \`IDX_818fcd4edb99fda3a66c488c0b\` (\`unitId\`, \`type\`, \`category\`), INDEX \`IDX_364b6183cf9e679d86d7d1972d\` (\`reporterChannel\`, \`reporterId\`), INDEX \`IDX_3f4f420392bda2dd7ab6e98e92\` (\`status\`, \`type\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`ticket_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ticketId\` int NOT NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NOT NULL, \`actorType\` varchar(10) NOT NULL, \`actorId\` varchar(128) NULL, \`note\` text NULL, \`at\` datetime(3) NOT NULL, INDEX \`IDX_5b486bf3b6a91746760596744a\` (\`ticketId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`unit\` (\`id\` int NOT NULL AUTO_INCREMENT, \`buildingId\` int NOT NULL, \`building\` varchar(20) NOT NULL, \`entrance\` varchar(20) NOT NULL DEFAULT '', \`room\` varchar(20) NOT NULL, \`code\` varchar(64) NOT NULL, \`areaCenti\` int NULL, UNIQUE INDEX \`IDX_dfb75cdb2a790fb84327e1d1b1\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_dfb75cdb2a790fb84327e1d1b1\` ON \`unit\``);
    await queryRunner.query(`DROP TABLE \`unit\``);
    await queryRunner.query(`DROP INDEX \`IDX_5b486bf3b6a91746760596744a\` ON \`ticket_event\``);
    await queryRunner.query(`DROP TABLE \`ticket_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_3f4f420392bda2dd7ab6e98e92\` ON \`ticket\``);
    await queryRunner.query(`DROP INDEX \`IDX_364b6183cf9e679d86d7d1972d\` ON \`ticket\``);
    await queryRunner.query(`DROP INDEX \`IDX_818fcd4edb99fda3a66c488c0b\` ON \`ticket\``);
    await queryRunner.query(`DROP INDEX \`IDX_a8d5171cdff59b4d6fc2c6d092\` ON \`ticket\``);
    await queryRunner.query(`DROP TABLE \`ticket\``);
    await queryRunner.query(`DROP INDEX \`IDX_3c58f3fd0664733a5e7668b6ce\` ON \`staff_token\``);
    await queryRunner.query(`DROP TABLE \`staff_token\``);
    await queryRunner.query(`DROP INDEX \`IDX_8e6b7df8b7891923c120900765\` ON \`staff_login_failure\``);
    await queryRunner.query(`DROP INDEX \`IDX_f99791e8b5eed8ede35fecdf4b\` ON \`staff_login_failure\``);
    await queryRunner.query(`DROP TABLE \`staff_login_failure\``);
    await queryRunner.query(`DROP INDEX \`IDX_a7c945e39de97ad2b20e719fc2\` ON \`staff_account\``);
    await queryRunner.query(`DROP TABLE \`staff_account\``);
    await queryRunner.query(`DROP TABLE \`sequence_counter\``);
    await queryRunner.query(`DROP INDEX \`IDX_79e3942b831c3a9509244ba348\` ON \`payment\``);
    await queryRunner.query(`DROP TABLE \`payment\``);
    await queryRunner.query(`DROP INDEX \`IDX_3c629a27fadbb87aedaac29548\` ON \`owner\``);
    await queryRunner.query(`DROP TABLE \`owner\``);
    await queryRunner.query(`DROP INDEX \`IDX_9c73258b2a06124401a84076b2\` ON \`outbox\``);
    await queryRunner.query(`DROP TABLE \`outbox\``);
    await queryRunner.query(`DROP INDEX \`IDX_161b9ec3986e0eb6c618d278be\` ON \`message\``);
    await queryRunner.query(`DROP INDEX \`IDX_68d03e892ab743f60d28f3362e\` ON \`message\``);
    await queryRunner.query(`DROP TABLE \`message\``);
    await queryRunner.query(`DROP INDEX \`IDX_dfc2620658cc3beda12ae1068b\` ON \`meeting_room\``);
    await queryRunner.query(`DROP TABLE \`meeting_room\``);
    await queryRunner.query(`DROP TABLE \`job_run\``);
    await queryRunner.query(`DROP INDEX \`IDX_329f781f01a3889bc67cb731ff\` ON \`follow_up\``);
    await queryRunner.query(`DROP INDEX \`IDX_77bf7b9ff74253e1f570cc80af\` ON \`follow_up\``);
    await queryRunner.query(`DROP TABLE \`follow_up\``);
    await queryRunner.query(`DROP INDEX \`IDX_7fb3bf820dcc5a3b53c5afb55a\` ON \`estate\``);
    await queryRunner.query(`DROP TABLE \`estate\``);
    await queryRunner.query(`DROP INDEX \`IDX_978635981a5325e13038c0ebf3\` ON \`escalation\``);
    await queryRunner.query(`DROP TABLE \`escalation\``);
    await queryRunner.query(`DROP INDEX \`IDX_6653e4eb09811aeb5637e4732f\` ON \`conversation\``);
    await queryRunner.query(`DROP TABLE \`conversation\``);
    await queryRunner.query(`DROP INDEX \`IDX_6d92739792d5f7f0c2a83d070c\` ON \`channel_identity\``);
    await queryRunner.query(`DROP TABLE \`channel_identity\``);
    await queryRunner.query(`DROP TABLE \`canned_reply\``);
    await queryRunner.query(`DROP INDEX \`IDX_3917a5b393bd5f4a65e68b59f3\` ON \`building\``);
    await queryRunner.query(`DROP TABLE \`building\``);
    await queryRunner.query(`DROP INDEX \`IDX_aa7e77ac141b68ca8cca3e47de\` ON \`booking_slot\``);
    await queryRunner.query(`DROP INDEX \`IDX_8af0c732672ef4ccbc9d8a8145\` ON \`booking_slot\``);
    await queryRunner.query(`DROP TABLE \`booking_slot\``);
    await queryRunner.query(`DROP INDEX \`IDX_d3741962e5e17cfeae0d4af297\` ON \`booking\``);
    await queryRunner.query(`DROP INDEX \`IDX_96f594bdf5007064206f5a3531\` ON \`booking\``);
    await queryRunner.query(`DROP INDEX \`IDX_b9dae401653026cdb377b9024d\` ON \`booking\``);
    await queryRunner.query(`DROP TABLE \`booking\``);
    await queryRunner.query(`DROP INDEX \`IDX_6648a93ab37242c2ba1f5a3835\` ON \`binding_attempt\``);
    await queryRunner.query(`DROP INDEX \`IDX_6a2013a4cb8dbf52684d32ad6b\` ON \`binding_attempt\``);
    await queryRunner.query(`DROP TABLE \`binding_attempt\``);
    await queryRunner.query(`DROP INDEX \`IDX_e6578613fd56e9eba3e3e00b18\` ON \`bill\``);
    await queryRunner.query(`DROP TABLE \`bill\``);
    await queryRunner.query(`DROP INDEX \`IDX_7c0cca6e6369db3a240aa4cf13\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`IDX_2afe42612a5caa44a0ee3bb0ae\` ON \`announcement\``);
    await queryRunner.query(`DROP TABLE \`announcement\``);
  }
}
