// npm run admin:reset-password [-- e-mail] — gives an account (ADMIN_EMAIL by default) a new generated password.
import { findCredentials, resetPassword } from '$lib/server/auth/users';
import { runCli } from './cli';
import { openTaskDatabase } from './database';

await runCli(async () => {
	const database = await openTaskDatabase();
	const email = (process.argv[2] ?? database.config.ADMIN_EMAIL).trim().toLowerCase();
	try {
		const user = await findCredentials(email);
		if (!user) throw new Error(`No user has the e-mail ${email}; pass the right one: npm run admin:reset-password -- you@example.com`);
		const password = await resetPassword(user.id);
		console.log(`New password for ${email}: ${password}  (shown once; their sessions were ended)`);
	} finally {
		await database.stop();
	}
});
