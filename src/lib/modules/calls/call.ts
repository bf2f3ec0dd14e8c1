import { defineEntity } from '$lib/kinds/define';
import { boolean, choice, integer, longText, text } from '$lib/kinds/fields';
import { CALL_DIRECTIONS, CALL_OUTCOMES, CALL_STATUSES } from '$lib/domain/calls';

/**
 * A phone call with a customer, placed or received through Twilio (or simulated): related to the
 * contact or organisation (IS_A_CALL_WITH) and to the operator who handled it (HANDLED_THE_CALL),
 * its status as Twilio reports it, its outcome and notes as the operator wraps it up.
 */
export const call = defineEntity({
	type: 'Call',
	slug: 'calls',
	formId: 'call',
	labels: {
		en: { one: 'Call', other: 'Calls', empty: 'No calls yet. Call a customer from a phone number on its page.' },
		fr: { one: 'Appel', other: 'Appels', new: 'Nouvel appel', created: 'Appel enregistré.', empty: 'Aucun appel pour l’instant. Appelez un client depuis un numéro de sa fiche.', noMatch: 'Aucun appel ne correspond à « {q} ».' }
	},
	style: { colour: '#7c3aed', fill: '#ede9fe', shape: 'diamond', icon: '<path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/>' },
	fields: {
		name: text({ required: true, max: 200, sort: true }),
		direction: choice({ options: CALL_DIRECTIONS, optionKey: 'callDirection', required: true, sort: true, filter: true }),
		status: choice({ options: CALL_STATUSES, optionKey: 'callStatus', required: true, default: 'queued', badge: true, sort: true, filter: true }),
		number: text({ label: { en: 'Number', fr: 'Numéro' }, max: 40, search: true, filter: 'eq' }),
		customerName: text({ label: { en: 'Customer', fr: 'Client' }, max: 200, search: true, sort: true, filter: 'contains' }),
		operatorName: text({ label: { en: 'Operator', fr: 'Opérateur' }, max: 200, sort: true, filter: 'contains' }),
		startedAt: text({ label: { en: 'Started', fr: 'Début' }, max: 40, sort: true, moment: true }),
		duration: integer({ label: { en: 'Duration (s)', fr: 'Durée (s)' }, min: 0, sort: true }),
		outcome: choice({ options: CALL_OUTCOMES, optionKey: 'callOutcome', sort: true, filter: true }),
		notes: longText({ label: { en: 'Notes', fr: 'Notes' }, max: 5000 }),
		callSid: text({ label: { en: 'Twilio call SID', fr: 'SID Twilio' }, max: 40, readOnly: true }),
		recordingUrl: text({ label: { en: 'Recording', fr: 'Enregistrement' }, max: 500, readOnly: true }),
		escalated: boolean({ label: { en: 'Escalated to level 2', fr: 'Escaladé au niveau 2' }, readOnly: true, badge: true }),
		escalationReason: longText({ label: { en: 'Reason for escalation', fr: 'Motif de l’escalade' }, max: 1000, readOnly: true }),
		// Made by the simulated call centre (no Twilio account): no one was really called.
		simulated: boolean({ label: { en: 'Simulated call', fr: 'Appel simulé' }, readOnly: true, badge: true })
	},
	subtitle: { fields: ['customerName', 'startedAt'] },
	columns: ['direction', 'status', 'customerName', 'operatorName', 'startedAt', 'duration', 'outcome'],
	workflow: {}
});
