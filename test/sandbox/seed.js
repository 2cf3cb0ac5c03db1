'use strict';
// The seeded organization: every record type the nodes touch, with kick-off fields of every
// field type and enough tasks to page through (250 one-off tasks plus process tasks).
const { hexId } = require('./ids');

const BASE = Date.parse('2026-11-01T09:00:00.000Z');
const at = (minutes) => new Date(BASE + minutes * 60_000).toISOString();

const MAIN_ORG = hexId('org:main');
const OTHER_ORG = hexId('org:other');

const people = [
	{
		id: 1001,
		first_name: 'Ada',
		last_name: 'Admin',
		email: 'ada@acme.example',
		role: 'admin',
		orgId: MAIN_ORG,
		token: 'pat-ada',
	},
	{
		id: 1002,
		first_name: 'Sam',
		last_name: 'Standard',
		email: 'sam@acme.example',
		role: 'standard',
		orgId: MAIN_ORG,
		token: 'pat-sam',
	},
	{
		id: 1003,
		first_name: 'Lee',
		last_name: 'Light',
		email: 'lee@acme.example',
		role: 'light',
		orgId: MAIN_ORG,
		token: 'pat-lee',
	},
	{
		id: 1004,
		first_name: 'Dana',
		last_name: 'Gone',
		email: 'dana@acme.example',
		role: 'standard',
		orgId: MAIN_ORG,
		status: 'disabled',
	},
	{
		id: 2001,
		first_name: 'Olga',
		last_name: 'Other',
		email: 'olga@other.example',
		role: 'admin',
		orgId: OTHER_ORG,
		token: 'pat-olga',
	},
	// Application tokens act as their organization's bot user.
	{
		id: 1099,
		first_name: 'Acme',
		last_name: 'Integration',
		email: 'bot+4242@apps.tallyfy.example',
		role: 'admin',
		orgId: MAIN_ORG,
		bot: true,
	},
	{
		id: 2099,
		first_name: 'Other',
		last_name: 'Integration',
		email: 'bot+5151@apps.tallyfy.example',
		role: 'admin',
		orgId: OTHER_ORG,
		bot: true,
	},
];

const option = (id, text) => ({ id, text, value: null });

function field(blueprintKey, position, spec) {
	return {
		id: hexId(`field:${blueprintKey}:${spec.alias}`),
		checklist_id: hexId(`blueprint:${blueprintKey}`),
		alias: spec.alias,
		label: spec.label,
		field_type: spec.type,
		guidance: null,
		position,
		required: Boolean(spec.required),
		options: spec.options ?? [],
		columns: spec.columns ?? [],
		created_at: at(0),
		last_updated: at(0),
	};
}

const blueprints = [
	{
		key: 'onboarding',
		title: 'Client Onboarding',
		type: 'procedure',
		folder: 'hr',
		kickoff: [
			{ alias: 'customer_name', label: 'Customer Name', type: 'text', required: true },
			{ alias: 'notes', label: 'Notes', type: 'textarea' },
			{ alias: 'contact_email', label: 'Contact Email', type: 'email' },
			{ alias: 'start_date', label: 'Start Date', type: 'date' },
			{
				alias: 'plan',
				label: 'Plan',
				type: 'radio',
				options: [option(1, 'Basic'), option(2, 'Pro'), option(3, 'Enterprise')],
			},
			{
				alias: 'region',
				label: 'Region',
				type: 'dropdown',
				options: [option(1, 'EMEA'), option(2, 'Americas'), option(3, 'APAC')],
			},
			{
				alias: 'services',
				label: 'Services',
				type: 'multiselect',
				options: [option(1, 'SSO'), option(2, 'Training'), option(3, 'Data Migration')],
			},
			{
				alias: 'hardware',
				label: 'Hardware',
				type: 'table',
				columns: [
					{ id: 1, label: 'Item' },
					{ id: 2, label: 'Quantity' },
				],
			},
			{ alias: 'contract', label: 'Signed Contract', type: 'file' },
			{ alias: 'account_team', label: 'Account Team', type: 'assignees_form' },
		],
		steps: [
			{
				key: 'welcome',
				title: 'Welcome call',
				owners: { users: [1002], guests: [], groups: [] },
				captures: [
					{ alias: 'call_notes', label: 'Call Notes', type: 'textarea' },
					{
						alias: 'outcome',
						label: 'Outcome',
						type: 'dropdown',
						options: [option(1, 'Positive'), option(2, 'Neutral'), option(3, 'Negative')],
					},
				],
			},
			{
				key: 'approve',
				title: 'Approve contract',
				type: 'approval',
				owners: { users: [1001], guests: [], groups: [] },
			},
			{
				key: 'kickoff',
				title: 'Kick-off meeting',
				owners: { users: [], guests: [], groups: [hexId('group:onboarding')] },
			},
		],
	},
	{
		key: 'purchase',
		title: 'Purchase Request',
		type: 'form',
		kickoff: [
			{ alias: 'item', label: 'Item', type: 'text', required: true },
			// Option 1's text equals option 2's id: text must win over id when matching.
			{
				alias: 'quantity_band',
				label: 'Quantity Band',
				type: 'dropdown',
				options: [option(1, '2'), option(2, '10')],
			},
		],
		steps: [
			{
				key: 'manager',
				title: 'Manager approval',
				type: 'approval',
				owners: { users: [1001], guests: [], groups: [] },
			},
			{
				key: 'order',
				title: 'Place order',
				owners: { users: [1002], guests: [], groups: [] },
				captures: [{ alias: 'order_number', label: 'Order Number', type: 'text', required: true }],
			},
		],
	},
	{
		key: 'empty',
		title: 'Empty Blueprint',
		type: 'procedure',
		kickoff: [],
		steps: [{ key: 'only', title: 'Only step', owners: { users: [1001], guests: [], groups: [] } }],
	},
	{
		key: 'archived',
		title: 'Old Policy',
		type: 'document',
		archived: true,
		kickoff: [],
		steps: [],
	},
];

const processes = [
	{
		key: 'globex',
		blueprint: 'onboarding',
		name: 'Onboarding - Globex',
		completed: ['welcome', 'approve', 'kickoff'],
		minutes: 60,
	},
	{
		key: 'initech',
		blueprint: 'onboarding',
		name: 'Onboarding - Initech',
		completed: ['welcome'],
		minutes: 120,
	},
	{
		key: 'laptops',
		blueprint: 'purchase',
		name: 'Purchase - Laptops',
		completed: [],
		minutes: 180,
	},
];

module.exports = {
	BASE,
	at,
	MAIN_ORG,
	OTHER_ORG,
	people,
	field,
	blueprints,
	processes,
	followUpTaskCount: 249,
	clients: [
		{ id: '4242', secret: 'sandbox-secret-4242', orgId: MAIN_ORG, botUserId: 1099 },
		{ id: '5151', secret: 'sandbox-secret-5151', orgId: OTHER_ORG, botUserId: 2099 },
	],
	guests: [
		{ id: 501, email: 'gina@client.example', first_name: 'Gina', last_name: 'Guest' },
		{ id: 502, email: 'hank@client.example', first_name: 'Hank', last_name: 'Visitor' },
		{ id: 503, email: 'ivy@partner.example', first_name: 'Ivy', last_name: 'Partner' },
	],
	groups: [
		{
			key: 'finance',
			name: 'Finance',
			description: 'Approves spending',
			members: [1002],
			guests: [],
		},
		{
			key: 'onboarding',
			name: 'Onboarding Team',
			description: 'Runs client onboarding',
			members: [1001, 1002],
			guests: ['gina@client.example'],
		},
	],
	tags: [
		{ key: 'urgent', title: 'urgent', color: '#e53935' },
		{ key: 'vip', title: 'vip', color: '#8e24aa' },
		{ key: 'q4', title: 'q4', color: '#1e88e5' },
	],
	folders: [
		{ key: 'hr', name: 'HR Templates', folder_type: 'checklist' },
		{ key: 'clients', name: 'Active Clients', folder_type: 'run' },
	],
};
