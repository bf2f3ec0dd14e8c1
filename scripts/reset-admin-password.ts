// npm run admin:reset-password [-- e-mail] — gives an account (ADMIN_EMAIL by default) a new generated password.
import { openDatabase } from '$lib/server/app/bootstrap';
import { loadConfig } from '$lib/server/app/config';
import { findCredentials, resetPassword } from '$lib/server/auth/users';
import { runCli } from './cli';

await runCli(async () => {
	const config = loadConfig();
	const email = (process.argv[2] ?? config.ADMIN_EMAIL).trim().toLowerCase();
	const database = await openDatabase(config, console.log);
	try {
		const user = await findCredentials(email);
		if (!user) throw new Error(`No user has the e-mail ${email}; pass the right one: npm run admin:reset-password -- you@example.com`);
		const password = await resetPassword(user.id);
		console.log(`New password for ${email}: ${password}  (shown once; their sessions were ended)`);
	} finally {
		await database.stop();
	}
});
